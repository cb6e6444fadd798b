import { describe, expect, it } from 'vitest';
import { printStamp } from './print-stamp';

describe('printStamp', () => {
  it.each([
    [new Date(2025, 0, 5, 9, 30), '2025-01-05'],
    [new Date(2024, 11, 31, 23, 59), '2024-12-31'],
    [new Date(2026, 9, 10, 0, 0), '2026-10-10'],
  ])('%s is the local day %s', (now, date) => {
    expect(printStamp('https://example.org/?lang=ja', now)).toEqual({
      url: 'https://example.org/?lang=ja',
      date,
    });
  });
});
