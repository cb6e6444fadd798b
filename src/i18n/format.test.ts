import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatList, formatNumber, localIsoDate } from './format';

describe('formatDate', () => {
  it.each([
    ['2023-07-04', 'en', '4 July 2023'],
    ['2024-04-30', 'en', '30 April 2024'],
    ['2025-05-12', 'ja', '2025年5月12日'],
  ] as const)('%s in %s → %s', (date, language, expected) => {
    expect(formatDate(date, language)).toBe(expected);
  });
});

describe('formatList', () => {
  it.each([
    [['A'], 'en', 'conjunction', 'A'],
    [['A', 'B', 'C'], 'en', 'conjunction', 'A, B and C'],
    [['A', 'B'], 'en', 'disjunction', 'A or B'],
    [['半導体', '量子'], 'ja', 'conjunction', '半導体、量子'],
    [['署名済み', '完了'], 'ja', 'disjunction', '署名済みまたは完了'],
  ] as const)('%j in %s (%s) → %s', (values, language, type, expected) => {
    expect(formatList(values, language, type)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    [50000, 'en', '50,000'],
    [50000, 'ja', '50,000'],
    [7, 'ja', '7'],
  ] as const)('%d in %s → %s', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });
});

describe('localIsoDate', () => {
  it.each([
    ['a day in the year', new Date(2026, 10, 21, 9, 30), '2026-11-21'],
    ['the first of January, padded', new Date(2027, 0, 1, 0, 5), '2027-01-01'],
    ['late in the evening, still the same local day', new Date(2026, 4, 13, 23, 59), '2026-05-13'],
  ])('%s', (_name, date, expected) => {
    expect(localIsoDate(date)).toBe(expected);
  });
});

describe('formatCount', () => {
  const meetings = { one: '{n} meeting', other: '{n} meetings' };
  it.each<[number, 'en' | 'ja', string]>([
    [0, 'en', '0 meetings'],
    [1, 'en', '1 meeting'],
    [2, 'en', '2 meetings'],
    [1200, 'en', '1,200 meetings'],
  ])('%i in %s', (count, lang, expected) => {
    expect(formatCount(count, lang, meetings)).toBe(expected);
  });

  it('uses the other form where the language has no singular', () => {
    expect(formatCount(1, 'ja', { one: 'never', other: '会合{n}回' })).toBe('会合1回');
  });
});
