import { describe, expect, it } from 'vitest';
import { formatDate, formatList } from './format';

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
