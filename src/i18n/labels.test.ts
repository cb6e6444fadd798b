import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TYPES,
  CONFIDENCE_LEVELS,
  SOURCE_KINDS,
  type Language,
} from '../data/vocabulary';
import type { Commitment, Step } from '../data/schema';
import {
  CONFIDENCE_LABELS,
  progressLabel,
  SOURCE_KIND_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
} from './labels';

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

describe('progressLabel', () => {
  const evidence = [{ source: 's', quote: 'q' }];
  const step = (date: string, status: Step['status']): Step => ({
    date,
    status,
    confidence: 'official',
    ...(status === 'no-evidence-since' ? { note: 'searched' } : { evidence }),
  });
  it.each<[string, Pick<Commitment, 'steps' | 'confidence' | 'claims'>, Language, string]>([
    [
      'the latest step',
      {
        confidence: 'official',
        steps: [step('2023-07-03', 'announced'), step('2023-07-04', 'signed')],
      },
      'en',
      'Signed',
    ],
    [
      'a search that found nothing newer',
      {
        confidence: 'reported',
        steps: [step('2025-12-22', 'in-progress'), step('2026-11-30', 'no-evidence-since')],
      },
      'en',
      'In progress; nothing newer found since 22 December 2025',
    ],
    [
      'the same, in Japanese',
      {
        confidence: 'reported',
        steps: [step('2025-12-22', 'in-progress'), step('2026-11-30', 'no-evidence-since')],
      },
      'ja',
      '実施中（2025年12月22日以降の記録なし）',
    ],
    [
      'a disputed claim',
      { confidence: 'disputed', claims: 'delivered' },
      'en',
      'Claims: delivered (not counted)',
    ],
    [
      'a disputed claim, in Japanese',
      { confidence: 'disputed', claims: 'delivered' },
      'ja',
      '主張：実現済み（集計対象外）',
    ],
  ])('names %s', (_name, commitment, lang, expected) => {
    expect(progressLabel(commitment, lang)).toBe(expected);
  });
});
