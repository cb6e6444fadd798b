import { describe, expect, it } from 'vitest';
import type { ThreadChange } from '../../data/compare';
import { fixtureDataset } from '../../testing/test-fixture';
import { compareSummary, summaryWithSource } from './compare-summary';

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
      'Council 1 (Tokyo 2023) → Council 2 (Brussels 2024): 3 threads new, 2 advanced, 7 carried over, 1 last seen before.',
    ],
    [
      'one thread',
      dpc1,
      dpc2,
      counts(1, 0, 0, 0),
      'en',
      'Council 1 (Tokyo 2023) → Council 2 (Brussels 2024): 1 thread new, 0 advanced, 0 carried over, 0 last seen before.',
    ],
    [
      'a meeting with itself',
      dpc2,
      dpc2,
      counts(0, 0, 4, 0),
      'en',
      'Council 2 (Brussels 2024) → Council 2 (Brussels 2024): the same meeting on both sides, so nothing changed (4 threads).',
    ],
    [
      'a planned meeting',
      dpc2,
      dpc4,
      counts(0, 0, 0, 2),
      'en',
      'Council 2 (Brussels 2024) → Council 4 (Brussels 2026): 0 threads new, 0 advanced, 0 carried over, 2 last seen before. 4th Council is planned and has no recorded commitments yet.',
    ],
    [
      'nothing matching',
      dpc1,
      dpc2,
      counts(0, 0, 0, 0),
      'en',
      'Council 1 (Tokyo 2023) → Council 2 (Brussels 2024): no commitments match the current filters at either meeting.',
    ],
    [
      'two Councils, in Japanese',
      dpc1,
      dpc2,
      counts(3, 2, 7, 1),
      'ja',
      '第1回閣僚級会合（東京 2023年） → 第2回閣僚級会合（ブリュッセル 2024年）：取組のうち新規3件、進展2件、継続7件、後の会合より前に最後の記録1件。',
    ],
    [
      'a meeting with itself, in Japanese',
      dpc2,
      dpc2,
      counts(0, 0, 4, 0),
      'ja',
      '第2回閣僚級会合（ブリュッセル 2024年） → 第2回閣僚級会合（ブリュッセル 2024年）：比較元と比較先が同じ会合のため、変化はありません（取組4件）。',
    ],
    [
      'a planned meeting, in Japanese',
      dpc2,
      dpc4,
      counts(0, 0, 0, 2),
      'ja',
      '第2回閣僚級会合（ブリュッセル 2024年） → 第4回閣僚級会合（ブリュッセル 2026年）：取組のうち新規0件、進展0件、継続0件、後の会合より前に最後の記録2件。第4回会合は開催予定で、合意事項はまだ記録されていません。',
    ],
    [
      'nothing matching, in Japanese',
      dpc1,
      dpc2,
      counts(0, 0, 0, 0),
      'ja',
      '第1回閣僚級会合（東京 2023年） → 第2回閣僚級会合（ブリュッセル 2024年）：現在の絞り込み条件に該当する合意事項は、どちらの会合にもありません。',
    ],
    [
      'large counts, grouped',
      dpc1,
      dpc2,
      counts(1200, 0, 0, 0),
      'en',
      'Council 1 (Tokyo 2023) → Council 2 (Brussels 2024): 1,200 threads new, 0 advanced, 0 carried over, 0 last seen before.',
    ],
  ] as const)('sums up %s', (_name, a, b, c, lang, expected) => {
    expect(compareSummary(a, b, c, lang)).toBe(expected);
  });

  // Meeting A chosen later than B: the sentence still reads earlier → later, and says why.
  it.each([
    [
      'en',
      counts(0, 4, 3, 15),
      'Council 1 (Tokyo 2023) → Council 2 (Brussels 2024): 0 threads new, 4 advanced, 3 carried over, 15 last seen before. Meeting A is the later of the two, so the comparison reads from B to A.',
    ],
    [
      'en',
      counts(0, 0, 0, 0),
      'Council 1 (Tokyo 2023) → Council 2 (Brussels 2024): no commitments match the current filters at either meeting. Meeting A is the later of the two, so the comparison reads from B to A.',
    ],
    [
      'ja',
      counts(0, 4, 3, 15),
      '第1回閣僚級会合（東京 2023年） → 第2回閣僚級会合（ブリュッセル 2024年）：取組のうち新規0件、進展4件、継続3件、後の会合より前に最後の記録15件。比較元の会合の方が後に開かれたため、比較先から比較元の順に読んでいます。',
    ],
  ] as const)('with A the later meeting, in %s, says it reads from B to A', (lang, c, expected) => {
    expect(compareSummary(dpc1, dpc2, c, lang, true)).toBe(expected);
  });

  it.each([
    ['en', 'Summit 30 (Tokyo 2025) → Council 3 (Tokyo 2025)'],
    ['ja', '第30回首脳協議（東京 2025年） → 第3回閣僚級会合（東京 2025年）'],
  ] as const)('names two meetings held in one city and year apart, in %s', (lang, route) => {
    const summit = { ...dpc1, id: 'summit', kind: 'summit' as const, number: 30, year: 2025 };
    const council = { ...dpc1, id: 'council', number: 3, year: 2025 };
    const summary = compareSummary(summit, council, counts(1, 0, 0, 0), lang);
    expect(summary.slice(0, route.length)).toBe(route);
  });
});

describe('summaryWithSource', () => {
  const meta = { title: { en: 'The tracker', ja: 'トラッカー' }, version: '2.0.0' };
  const url = 'https://example.org/?view=compare&compare=dpc4,dpc1&v=2.0.0';
  it.each([
    ['en', 'A → B: …\nSource: The tracker, dataset v2.0.0, ' + url],
    ['ja', 'A → B: …\n出典：トラッカー、データセット バージョン2.0.0、' + url],
  ] as const)('adds the dataset, its version and the pinned address, in %s', (lang, expected) => {
    expect(summaryWithSource('A → B: …', meta, url, lang)).toBe(expected);
  });
});
