import { describe, expect, it } from 'vitest';
import { citedView, shownView } from './cited-view';
import { serializeView } from './url-codec';
import { defaultView, type View } from './view';

const view = (changes: Partial<View>): View => ({ ...defaultView(), ...changes });

describe('citedView: the address an export or a citation records', () => {
  it.each<[string, View, string | null, [string, string] | null, string]>([
    [
      'the latest release is pinned',
      view({ domains: ['ai'] }),
      '2.0.0',
      null,
      'domains=ai&v=2.0.0',
    ],
    ['a pinned release stays pinned', view({ version: '1.1.0' }), '2.0.0', null, 'v=1.1.0'],
    ['a reader’s own file is no release', view({ domains: ['ai'] }), null, null, 'domains=ai'],
    [
      'a reader’s own file opened over a pinned link is no release either',
      view({ domains: ['ai'], version: '1.1.0' }),
      null,
      null,
      'domains=ai',
    ],
    [
      'the embedded view is cited as the full page',
      view({ embed: true }),
      '2.0.0',
      null,
      'v=2.0.0',
    ],
    [
      'the default pair of a comparison is written out',
      view({ mode: 'compare' }),
      '2.0.0',
      ['dpc3', 'dpc4'],
      'view=compare&compare=dpc3,dpc4&v=2.0.0',
    ],
    [
      'a chosen pair is kept',
      view({ mode: 'compare', compare: ['dpc1', 'dpc2'] }),
      '2.0.0',
      ['dpc1', 'dpc2'],
      'view=compare&compare=dpc1,dpc2&v=2.0.0',
    ],
    [
      'outside a comparison the pair is not written',
      view({ lang: 'ja' }),
      '2.0.0',
      null,
      'lang=ja&v=2.0.0',
    ],
  ])('%s', (_name, shown, release, pair, expected) => {
    const cited = serializeView(citedView(shown, release, pair));
    // The same keys and values whatever their order in the address.
    expect(new URLSearchParams(cited).toString().split('&').sort()).toEqual(
      new URLSearchParams(expected).toString().split('&').sort(),
    );
  });
});

describe('shownView: the view a file records', () => {
  it.each<[string, View, string | null, string | null]>([
    ['a pinned release stays', view({ version: '1.1.0' }), '1.1.0', '1.1.0'],
    ['the latest is not named', view({}), '2.0.0', null],
    ['a reader’s own file names no release', view({ version: '1.1.0' }), null, null],
  ])('%s', (_name, shown, release, version) => {
    expect(shownView(shown, release).version).toBe(version);
  });
});
