import { describe, expect, it } from 'vitest';
import type { ThreadChange } from '../../data/compare';
import { fixtureDataset } from '../../testing/test-fixture';
import { compareSummary } from './compare-summary';

const [dpc2, dpc4, dpc1] = fixtureDataset.meetings as [
  (typeof fixtureDataset.meetings)[number],
  (typeof fixtureDataset.meetings)[number],
  (typeof fixtureDataset.meetings)[number],
];
const counts = (n: number, a: number, c: number, m: number): Record<ThreadChange, number> => ({
  new: n,
  advanced: a,
  carried: c,
  'last-seen': m,
});

describe('compareSummary', () => {
  it.each([
    [
      'two Councils',
      dpc1,
      dpc2,
      counts(3, 2, 7, 1),
      'en',
      'Tokyo 2023 → Brussels 2024: 3 threads new, 2 advanced, 7 carried over, 1 last seen before.',
    ],
    [
      'one thread',
      dpc1,
      dpc2,
      counts(1, 0, 0, 0),
      'en',
      'Tokyo 2023 → Brussels 2024: 1 thread new, 0 advanced, 0 carried over, 0 last seen before.',
    ],
    [
      'a meeting with itself',
      dpc2,
      dpc2,
      counts(0, 0, 4, 0),
      'en',
      'Brussels 2024 → Brussels 2024: the same meeting on both sides, so nothing changed (4 threads).',
    ],
    [
      'a planned meeting',
      dpc2,
      dpc4,
      counts(0, 0, 0, 2),
      'en',
      'Brussels 2024 → Brussels 2026: 0 threads new, 0 advanced, 0 carried over, 2 last seen before. 4th Council is planned and has no recorded commitments yet.',
    ],
    [
      'nothing matching',
      dpc1,
      dpc2,
      counts(0, 0, 0, 0),
      'en',
      'Tokyo 2023 → Brussels 2024: no commitments match the current filters at either meeting.',
    ],
    [
      'two Councils, in Japanese',
      dpc1,
      dpc2,
      counts(3, 2, 7, 1),
      'ja',
      '東京 2023年 → ブリュッセル 2024年：取組のうち新規3件、進展2件、継続7件、比較先より前に最後の記録1件。',
    ],
    [
      'a meeting with itself, in Japanese',
      dpc2,
      dpc2,
      counts(0, 0, 4, 0),
      'ja',
      'ブリュッセル 2024年 → ブリュッセル 2024年：比較元と比較先が同じ会合のため、変化はありません（取組4件）。',
    ],
    [
      'a planned meeting, in Japanese',
      dpc2,
      dpc4,
      counts(0, 0, 0, 2),
      'ja',
      'ブリュッセル 2024年 → ブリュッセル 2026年：取組のうち新規0件、進展0件、継続0件、比較先より前に最後の記録2件。第4回会合は開催予定で、合意事項はまだ記録されていません。',
    ],
    [
      'nothing matching, in Japanese',
      dpc1,
      dpc2,
      counts(0, 0, 0, 0),
      'ja',
      '東京 2023年 → ブリュッセル 2024年：現在の絞り込み条件に該当する合意事項は、どちらの会合にもありません。',
    ],
    [
      'large counts, grouped',
      dpc1,
      dpc2,
      counts(1200, 0, 0, 0),
      'en',
      'Tokyo 2023 → Brussels 2024: 1,200 threads new, 0 advanced, 0 carried over, 0 last seen before.',
    ],
  ] as const)('sums up %s', (_name, a, b, c, lang, expected) => {
    expect(compareSummary(a, b, c, lang)).toBe(expected);
  });
});
