import { describe, expect, it } from 'vitest';
import type { UrlNotice } from './notices';
import { MAX_QUERY_LENGTH, parseView, serializeView } from './url-codec';
import { DEFAULT_VIEW, type View } from './view';

const view = (changes: Partial<View>): View => ({ ...DEFAULT_VIEW, ...changes });

describe('serializeView', () => {
  it.each<[string, Partial<View>, string]>([
    ['the default view as nothing', {}, ''],
    [
      'domains sorted, commas kept',
      { domains: ['semiconductors', 'ai'] },
      'domains=ai,semiconductors',
    ],
    ['meetings sorted', { meetings: ['dpc3', 'dpc2'] }, 'meetings=dpc2,dpc3'],
    [
      'enumerations in schema order',
      { statuses: ['delivered', 'signed'] },
      'status=signed,delivered',
    ],
    ['types', { types: ['letter-of-intent', 'memorandum'] }, 'type=memorandum,letter-of-intent'],
    ['the default confidence as nothing', { confidence: ['reported', 'official'] }, ''],
    [
      'revealed claims',
      { confidence: ['disputed', 'official', 'reported', 'unverified'] },
      'confidence=official,reported,unverified,disputed',
    ],
    ['free text, percent-encoded', { q: 'early warning' }, 'q=early%20warning'],
    ['free text with reserved characters', { q: 'a&b=c,d' }, 'q=a%26b%3Dc,d'],
    ['blank free text as nothing', { q: '   ' }, ''],
    [
      'the comparison, pair in order',
      { mode: 'compare', compare: ['dpc3', 'dpc2'] },
      'view=compare&compare=dpc3,dpc2',
    ],
    ['Japanese', { lang: 'ja' }, 'lang=ja'],
    ['newest first as nothing', { sort: 'newest' }, ''],
    [
      'an order after the free text',
      { sort: 'oldest', q: 'chips', lang: 'ja' },
      'q=chips&sort=oldest&lang=ja',
    ],
    ['by domain', { sort: 'domain', mode: 'compare' }, 'sort=domain&view=compare'],
    ['an opened commitment', { item: 'dpc1-joint-statement' }, 'item=dpc1-joint-statement'],
    ['the About page', { mode: 'about' }, 'view=about'],
    [
      'the About page, keeping the filters to go back to',
      { mode: 'about', domains: ['ai'], lang: 'ja' },
      'domains=ai&view=about&lang=ja',
    ],
    ['the About page without an opened commitment', { mode: 'about', item: 'x' }, 'view=about'],
    ['the embedded view', { embed: true }, 'embed=1'],
    ['a pinned release', { version: '1.1.0' }, 'v=1.1.0'],
    [
      'a pinned release last',
      { version: '1.1.0', embed: true, lang: 'ja', domains: ['ai'] },
      'domains=ai&lang=ja&embed=1&v=1.1.0',
    ],
    ['what changed', { mode: 'changes', meetings: ['dpc4'] }, 'meetings=dpc4&view=changes'],
    [
      'the embedded comparison, embed last',
      { embed: true, mode: 'compare', domains: ['ai'], item: 'x' },
      'domains=ai&view=compare&item=x&embed=1',
    ],
    [
      'keys in one fixed order',
      { item: 'x', lang: 'ja', q: 'chips', domains: ['ai'], meetings: ['dpc1'] },
      'domains=ai&meetings=dpc1&q=chips&lang=ja&item=x',
    ],
  ])('writes %s', (_name, changes, expected) => {
    expect(serializeView(view(changes))).toBe(expected);
  });
});

describe('parseView', () => {
  it.each<[string, string, Partial<View>, UrlNotice[]]>([
    ['an empty query', '', {}, []],
    ['a leading question mark', '?domains=ai', { domains: ['ai'] }, []],
    [
      'the contract example',
      'domains=semiconductors,ai&meetings=dpc2,dpc3&q=early%20warning',
      { domains: ['ai', 'semiconductors'], meetings: ['dpc2', 'dpc3'], q: 'early warning' },
      [],
    ],
    [
      'the comparison',
      'view=compare&compare=dpc2,dpc3',
      { mode: 'compare', compare: ['dpc2', 'dpc3'] },
      [],
    ],
    ['duplicates in a list once', 'domains=ai,ai,hpc', { domains: ['ai', 'hpc'] }, []],
    ['empty list items', 'domains=,ai,,', { domains: ['ai'] }, []],
    [
      'a malformed id',
      'domains=ai,<script>',
      { domains: ['ai'] },
      [{ kind: 'invalid-id', key: 'domains', value: '<script>' }],
    ],
    [
      'an unknown type',
      'type=treaty,memorandum',
      { types: ['memorandum'] },
      [{ kind: 'unknown-value', key: 'type', value: 'treaty' }],
    ],
    [
      'an unknown status',
      'status=done',
      {},
      [{ kind: 'unknown-value', key: 'status', value: 'done' }],
    ],
    ['an empty confidence as the default', 'confidence=', {}, []],
    [
      'only unknown confidence levels as the default',
      'confidence=sure',
      {},
      [{ kind: 'unknown-value', key: 'confidence', value: 'sure' }],
    ],
    ['an order', 'sort=meeting', { sort: 'meeting' }, []],
    ['the default order written out', 'sort=newest', {}, []],
    [
      'an unknown order, dropped',
      'sort=random&q=chips',
      { q: 'chips' },
      [{ kind: 'unknown-value', key: 'sort', value: 'random' }],
    ],
    ['an unknown view', 'view=map', {}, [{ kind: 'unknown-value', key: 'view', value: 'map' }]],
    ['the About page', 'view=about&domains=ai', { mode: 'about', domains: ['ai'] }, []],
    [
      'an opened commitment on the About page',
      'view=about&item=dpc1-joint-statement',
      { mode: 'about' },
      [{ kind: 'item-on-about', value: 'dpc1-joint-statement' }],
    ],
    [
      'the embedded view',
      'embed=1&view=compare&domains=ai',
      { embed: true, mode: 'compare', domains: ['ai'] },
      [],
    ],
    ['embed with another value', 'embed=true', {}, [{ kind: 'invalid-embed', value: 'true' }]],
    ['an empty embed', 'embed=', {}, [{ kind: 'invalid-embed', value: '' }]],
    [
      'a comparison of one meeting',
      'compare=dpc2',
      {},
      [{ kind: 'invalid-compare', value: 'dpc2' }],
    ],
    ['an unknown language', 'lang=fr', {}, [{ kind: 'unknown-value', key: 'lang', value: 'fr' }]],
    ['an unknown key', 'colour=red', {}, [{ kind: 'unknown-key', value: 'colour' }]],
    ['a pinned release', 'v=1.1.0', { version: '1.1.0' }, []],
    ['what changed', 'view=changes', { mode: 'changes' }, []],
    [
      'a release not written as three numbers',
      'v=1.1',
      {},
      [{ kind: 'invalid-version', value: '1.1' }],
    ],
    [
      'a release with leading zeros',
      'v=01.1.0',
      {},
      [{ kind: 'invalid-version', value: '01.1.0' }],
    ],
    [
      'a path in place of a release',
      'v=..%2F..%2Fsecret',
      {},
      [{ kind: 'invalid-version', value: '../../secret' }],
    ],
    [
      'markup in place of a release',
      'v=%3Cimg%20src%3Dx%3E',
      {},
      [{ kind: 'invalid-version', value: '<img src=x>' }],
    ],
    ['an empty release', 'v=', {}, [{ kind: 'invalid-version', value: '' }]],
    ['a malformed item', 'item=Not%20an%20id', {}, [{ kind: 'invalid-item', value: 'Not an id' }]],
    [
      'a cleaned, shortened quote of what was ignored',
      `view=%E2%80%AE${'x'.repeat(70)}`,
      {},
      [{ kind: 'unknown-value', key: 'view', value: `${'x'.repeat(60)}…` }],
    ],
    [
      'a repeated key',
      'lang=ja&lang=en',
      { lang: 'ja' },
      [{ kind: 'repeated-key', value: 'lang' }],
    ],
    ['a broken percent sequence', 'q=100%zz', { q: '100%zz' }, []],
    ['a plus as a space', 'q=early+warning', { q: 'early warning' }, []],
  ])('reads %s', (_name, search, expected, notices) => {
    expect(parseView(search)).toEqual({ view: view(expected), notices });
  });

  it('never splits a character when it cuts the search', () => {
    const { view: parsed } = parseView(`q=${'a'.repeat(199)}%F0%9F%98%80xyz`);
    expect(Array.from(parsed.q)).toHaveLength(MAX_QUERY_LENGTH);
    expect(parsed.q.endsWith('😀')).toBe(true);
    expect(() => serializeView(parsed)).not.toThrow();
  });

  it('keeps the first hundred ids of a list and says so', () => {
    const ids = Array.from({ length: 120 }, (_, i) => `d${i}`).join(',');
    const { view: parsed, notices } = parseView(`domains=${ids}`);
    expect(parsed.domains).toHaveLength(100);
    expect(notices).toEqual([{ kind: 'too-many-ids', key: 'domains', limit: 100 }]);
  });

  it('cuts an overlong search and says so', () => {
    const { view: parsed, notices } = parseView(`q=${'a'.repeat(5000)}`);
    expect(parsed.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(notices).toEqual([{ kind: 'search-cut', limit: MAX_QUERY_LENGTH }]);
  });
});
