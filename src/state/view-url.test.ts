import { describe, expect, it } from 'vitest';
import { defaultView, type View } from './view';
import { viewHref, viewUrl } from './view-url';

const page = 'https://example.org/tracker/';
const view = (changes: Partial<View>): View => ({ ...defaultView(), ...changes });

describe('viewUrl', () => {
  it.each([
    ['the default view', {}, page],
    ['a filtered view', { domains: ['ai'], lang: 'ja' as const }, `${page}?domains=ai&lang=ja`],
    ['an embedded view', { domains: ['quantum'], embed: true }, `${page}?domains=quantum&embed=1`],
  ])('%s', (_name, changes, expected) => {
    expect(viewUrl(page, view(changes))).toBe(expected);
  });

  it('gives a link relative to the page', () => {
    expect(viewUrl('', view({ item: 'x' }))).toBe('?item=x');
    expect(viewUrl('', view({}))).toBe('');
  });
});

describe('viewHref', () => {
  it.each([
    ['the default view, as this page', {}, './'],
    ['a pinned release', { version: '1.1.0' }, '?v=1.1.0'],
    [
      'a filtered view in Japanese',
      { domains: ['ai'], lang: 'ja' as const },
      '?domains=ai&lang=ja',
    ],
  ])('%s', (_name, changes, expected) => {
    expect(viewHref(view(changes))).toBe(expected);
  });
});
