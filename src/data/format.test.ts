import { describe, expect, it } from 'vitest';
import { formatDate } from './format';

describe('formatDate', () => {
  it.each([
    ['2023-07-04', 'en', '4 July 2023'],
    ['2024-04-30', 'en', '30 April 2024'],
    ['2025-05-12', 'ja', '2025年5月12日'],
  ] as const)('%s in %s → %s', (date, language, expected) => {
    expect(formatDate(date, language)).toBe(expected);
  });
});
