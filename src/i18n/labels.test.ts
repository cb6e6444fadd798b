import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TYPES,
  CONFIDENCE_LEVELS,
  SOURCE_KINDS,
} from '../data/vocabulary';
import { CONFIDENCE_LABELS, SOURCE_KIND_LABELS, STATUS_LABELS, TYPE_LABELS } from './labels';

describe('enumeration labels', () => {
  it.each([
    [TYPE_LABELS, 'memorandum', 'Memorandum of Cooperation', '協力覚書'],
    [TYPE_LABELS, 'letter-of-intent', 'Letter of intent', '意図表明文書'],
    [STATUS_LABELS, 'in-progress', 'In progress', '実施中'],
    [STATUS_LABELS, 'signed', 'Signed', '署名済み'],
    [CONFIDENCE_LABELS, 'reported', 'Reported by news', '報道による'],
    [CONFIDENCE_LABELS, 'disputed', 'Disputed', '疑義あり'],
    [SOURCE_KIND_LABELS, 'official-mirror', 'official mirror', '公式文書の転載'],
  ] as const)('%#: %s reads “%s” and “%s”', (labels, value, en, ja) => {
    expect((labels.en as Record<string, string>)[value]).toBe(en);
    expect((labels.ja as Record<string, string>)[value]).toBe(ja);
  });

  it.each([
    ['types', TYPE_LABELS, COMMITMENT_TYPES],
    ['statuses', STATUS_LABELS, COMMITMENT_STATUSES],
    ['confidence levels', CONFIDENCE_LABELS, CONFIDENCE_LEVELS],
    ['source kinds', SOURCE_KIND_LABELS, SOURCE_KINDS],
  ] as const)(
    'names every one of the %s in Japanese, without Latin letters',
    (_name, labels, values) => {
      const japanese = labels.ja as Record<string, string>;
      for (const value of values) {
        expect(japanese[value]).toMatch(/^[^A-Za-z]+$/);
      }
      expect(new Set(values.map((value) => japanese[value])).size).toBe(values.length);
    },
  );
});
