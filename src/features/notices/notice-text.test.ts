import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../testing/property-runs';
import type { UrlNotice } from '../../state/notices';
import { parseView } from '../../state/url-codec';
import { reconcileView } from '../../state/reconcile-view';
import { plainText } from '../../i18n/text-parts';
import type { Language } from '../../data/vocabulary';
import { noticeParts } from './notice-text';

const noticeText = (notice: UrlNotice, lang: Language) => plainText(noticeParts(notice, lang));

describe('noticeText', () => {
  it.each<[UrlNotice, string, string]>([
    [
      { kind: 'invalid-id', key: 'domains', value: '<script>' },
      'Ignored “<script>” in domains: not a valid id.',
      '分野の指定「<script>」は有効な識別子ではないため、無視しました。',
    ],
    [
      { kind: 'too-many-ids', key: 'meetings', limit: 100 },
      'Only the first 100 meetings were used.',
      '会合は最初の100件のみ使用しました。',
    ],
    [
      { kind: 'unknown-value', key: 'confidence', value: 'sure' },
      'Ignored unknown confidence level “sure”.',
      '不明な確度「sure」を無視しました。',
    ],
    [
      { kind: 'unknown-value', key: 'lang', value: 'fr' },
      'Ignored unknown language “fr”.',
      '不明な言語「fr」を無視しました。',
    ],
    [
      { kind: 'search-cut', limit: 200 },
      'The search text was cut to 200 characters.',
      '検索語を200文字に切り詰めました。',
    ],
    [
      { kind: 'invalid-compare', value: 'dpc2' },
      'Ignored compare “dpc2”: it needs two meeting ids, such as dpc2,dpc3.',
      '比較の指定「dpc2」を無視しました。比較には会合の識別子を2つ（例：dpc2,dpc3）指定してください。',
    ],
    [
      { kind: 'invalid-item', value: 'Not an id' },
      'Ignored item “Not an id”: not a valid id.',
      '合意事項の指定「Not an id」は有効な識別子ではないため、無視しました。',
    ],
    [
      { kind: 'unknown-key', value: 'colour' },
      'Ignored unknown setting “colour”.',
      '不明な設定「colour」を無視しました。',
    ],
    [
      { kind: 'repeated-key', value: 'lang' },
      '“lang” was given twice; the first value was used.',
      '「lang」が2回指定されていたため、最初の値を使用しました。',
    ],
    [
      { kind: 'unknown-ids', key: 'domains', values: ['space'] },
      'Ignored unknown domain: “space”.',
      'このデータセットにない分野「space」を無視しました。',
    ],
    [
      { kind: 'unknown-ids', key: 'meetings', values: ['dpc7', 'dpc9'] },
      'Ignored unknown meetings: “dpc7”, “dpc9”.',
      'このデータセットにない会合「dpc7」「dpc9」を無視しました。',
    ],
    [
      { kind: 'unknown-compare', values: ['dpc1', 'dpc9'] },
      'Ignored the comparison of unknown meetings “dpc1, dpc9”.',
      'このデータセットにない会合「dpc1, dpc9」の比較を無視しました。',
    ],
    [
      { kind: 'unknown-item', value: 'nope' },
      'The commitment “nope” is not in this dataset.',
      '合意事項「nope」はこのデータセットにありません。',
    ],
  ])('%o', (notice, en, ja) => {
    expect(noticeText(notice, 'en')).toBe(en);
    expect(noticeText(notice, 'ja')).toBe(ja);
  });

  it('keeps what it quotes from the link apart from its own words', () => {
    expect(noticeParts({ kind: 'unknown-key', value: 'colour' }, 'ja')).toEqual([
      '不明な設定「',
      { verbatim: 'colour' },
      '」を無視しました。',
    ]);
  });

  it('puts any notice of any link into Japanese words: Latin letters only in quotes', () => {
    const keys = fc.constantFrom('domains', 'meetings', 'type', 'status', 'confidence', 'q');
    const moreKeys = fc.constantFrom('view', 'compare', 'lang', 'item', 'embed', 'colour');
    const search = fc
      .array(fc.tuple(fc.oneof(keys, moreKeys), fc.string({ maxLength: 30 })), { maxLength: 8 })
      .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&'));
    fc.assert(
      fc.property(search, (query) => {
        for (const notice of parseView(query).notices) {
          const own = noticeParts(notice, 'ja').filter((part) => typeof part === 'string');
          expect(own.join('')).not.toMatch(/[A-Za-z]|undefined/);
          expect(noticeText(notice, 'en')).not.toMatch(/undefined/);
        }
      }),
      propertyRuns(1000),
    );
  });
});

describe('notices about long and many values', () => {
  const longValue = fc.string({ minLength: 61, maxLength: 5000, unit: 'grapheme-ascii' });

  it('quote at most 60 characters of a long value, then “…”', () => {
    const keys = fc.constantFrom('domains', 'type', 'view', 'compare', 'item', 'embed', 'colour');
    fc.assert(
      fc.property(keys, longValue, (key, value) => {
        const { notices } = parseView(
          `?${key}=${encodeURIComponent(`x${value.replace(/,/g, '')}`)}`,
        );
        for (const notice of notices) {
          for (const lang of ['en', 'ja'] as const) {
            for (const part of noticeParts(notice, lang)) {
              if (typeof part === 'string') continue;
              expect(Array.from(part.verbatim).length).toBeLessThanOrEqual(61);
            }
          }
        }
      }),
      propertyRuns(200),
    );
  });

  it('name at most five ignored values of one key, and count the rest', () => {
    const count = fc.integer({ min: 6, max: 20_000 });
    const keys = fc.constantFrom('domains', 'meetings', 'type', 'status');
    fc.assert(
      fc.property(keys, count, (key, n) => {
        const values = Array.from({ length: n }, (_, i) => `Bad_${i}`);
        const { notices } = parseView(`?${key}=${values.join(',')}`);
        const named = notices.filter((notice) => notice.kind !== 'more-ignored');
        expect(named).toHaveLength(5);
        const more = notices.find((notice) => notice.kind === 'more-ignored');
        expect(more).toEqual({ kind: 'more-ignored', group: key, count: n - 5 });
        expect(notices.at(-1)).toBe(more);
      }),
      propertyRuns(50),
    );
  });

  it('say how many more in the reader’s language, with its number format', () => {
    const notice: UrlNotice = { kind: 'more-ignored', group: 'domains', count: 19_995 };
    expect(noticeText(notice, 'en')).toBe('…and 19,995 more ignored (domains).');
    expect(noticeText(notice, 'ja')).toBe('ほかに分野の指定19,995件を無視しました。');
    expect(noticeText({ kind: 'more-ignored', group: 'unknown-key', count: 2 }, 'en')).toBe(
      '…and 2 more ignored (unknown settings).',
    );
  });

  it('name at most five unknown ids of a loaded dataset, shortened, and count the rest', () => {
    const ids = fc.uniqueArray(fc.stringMatching(/^[a-z]{1,200}$/), {
      minLength: 6,
      maxLength: 100,
    });
    fc.assert(
      fc.property(ids, (unknown) => {
        const { notices } = reconcileView(
          { ...parseView('').view, domains: unknown },
          { domains: new Set(), meetings: new Set(), commitments: new Set() },
        );
        expect(notices).toHaveLength(1);
        const [notice] = notices;
        expect(notice).toMatchObject({ kind: 'unknown-ids', more: unknown.length - 5 });
        const en = noticeText(notice!, 'en');
        const ja = noticeText(notice!, 'ja');
        const more = (unknown.length - 5).toLocaleString('en');
        expect(en).toContain(`, and ${more} more.`);
        expect(ja).toContain(`ほか${more}件`);
        for (const part of noticeParts(notice!, 'en'))
          if (typeof part !== 'string') expect(part.verbatim.length).toBeLessThanOrEqual(61);
      }),
      propertyRuns(100),
    );
  });
});
