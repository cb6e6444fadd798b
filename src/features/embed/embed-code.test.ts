// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type View } from '../../state/view';
import { embedCode, embedSrc, fullViewHref } from './embed-code';

const view = (changes: Partial<View>): View => ({ ...DEFAULT_VIEW, ...changes });
const page = { origin: 'https://example.org', pathname: '/tracker/' };

describe('fullViewHref', () => {
  it.each<[string, Partial<View>, string]>([
    ['the default view as the page itself', { embed: true }, './'],
    ['the filters and mode, without embed', { embed: true, domains: ['ai'] }, '?domains=ai'],
    [
      'the comparison in Japanese',
      { embed: true, mode: 'compare', compare: ['dpc2', 'dpc3'], lang: 'ja' },
      '?view=compare&compare=dpc2,dpc3&lang=ja',
    ],
    ['an opened commitment', { embed: true, item: 'dpc1-x' }, '?item=dpc1-x'],
  ])('gives %s', (_name, changes, expected) => {
    expect(fullViewHref(view(changes))).toBe(expected);
  });
});

describe('embedSrc', () => {
  it.each<[string, Partial<View>, string]>([
    ['the default view', {}, 'https://example.org/tracker/?embed=1'],
    [
      'the filters, mode and language',
      { domains: ['semiconductors', 'ai'], mode: 'compare', lang: 'ja' },
      'https://example.org/tracker/?domains=ai,semiconductors&view=compare&lang=ja&embed=1',
    ],
    [
      'without an opened commitment',
      { q: 'chips', item: 'x' },
      'https://example.org/tracker/?q=chips&embed=1',
    ],
  ])('gives %s', (_name, changes, expected) => {
    expect(embedSrc(page, view(changes))).toBe(expected);
  });
});

describe('embedCode', () => {
  it('is a lazy iframe with a title and a size', () => {
    expect(embedCode('https://example.org/?embed=1', 'Tracker')).toBe(
      '<iframe src="https://example.org/?embed=1" title="Tracker" width="100%" height="800" loading="lazy"></iframe>',
    );
  });

  it('escapes what would end or change an attribute', () => {
    const code = embedCode(
      'https://example.org/?q=a%22b&lang=ja&embed=1',
      'A "quoted" <title> & more',
    );
    expect(code).toContain('src="https://example.org/?q=a%22b&amp;lang=ja&amp;embed=1"');
    expect(code).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more"');
  });

  it('reads back as the same address and title in a document', () => {
    const src = 'https://example.org/?q=%22x%22&lang=ja&embed=1';
    const title = 'Tracker "x" & <y>';
    const frame = new DOMParser()
      .parseFromString(embedCode(src, title), 'text/html')
      .querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe(title);
    expect(frame.getAttribute('loading')).toBe('lazy');
  });
});
