import { describe, expect, it } from 'vitest';
import { indexDataset } from '../data/index-dataset';
import { fixtureDataset } from '../testing/test-fixture';
import { DEFAULT_VIEW, type View } from '../state/view';
import { describeView } from './describe-view';

const lookups = indexDataset(fixtureDataset);

const view = (changes: Partial<View>): View => ({ ...DEFAULT_VIEW, ...changes });

describe('describeView', () => {
  it.each<[string, Partial<View>, string]>([
    ['nothing filtered', {}, 'All commitments'],
    ['nothing filtered, in Japanese', { lang: 'ja' }, 'すべての合意事項'],
    [
      'domains in the dataset order and a meeting',
      { domains: ['ai', 'semiconductors'], meetings: ['dpc2'] },
      'Commitments on Semiconductors and Artificial intelligence at Council 2 (Brussels 2024)',
    ],
    [
      'the same in Japanese',
      { domains: ['ai', 'semiconductors'], meetings: ['dpc2'], lang: 'ja' },
      '第2回閣僚級会合（ブリュッセル 2024年）における半導体、人工知能に関する合意事項',
    ],
    [
      'meetings only, by date',
      { meetings: ['dpc2', 'dpc1'] },
      'Commitments at Council 1 (Tokyo 2023) and Council 2 (Brussels 2024)',
    ],
    [
      'types and statuses as alternatives, in the schema order',
      { types: ['letter-of-intent', 'memorandum'], statuses: ['delivered', 'signed'] },
      'All commitments (type: Memorandum of Cooperation or Letter of intent; status: Signed or Delivered)',
    ],
    [
      'the same in Japanese',
      { types: ['letter-of-intent', 'memorandum'], statuses: ['delivered', 'signed'], lang: 'ja' },
      'すべての合意事項（種類：協力覚書または意図表明文書、進捗状況：署名済みまたは実現済み）',
    ],
    [
      'every confidence level',
      { domains: ['ai'], confidence: ['disputed', 'official', 'reported', 'unverified'] },
      'Commitments on Artificial intelligence (including unverified and disputed claims)',
    ],
    [
      'official claims only, and a search',
      { confidence: ['official'], q: ' early warning ' },
      'All commitments (confidence: Official; matching “early warning”)',
    ],
    [
      'a search in Japanese',
      { q: '量子', lang: 'ja', confidence: ['official'] },
      'すべての合意事項（確度：公式、検索語「量子」）',
    ],
    ['an id the dataset does not have', { domains: ['gone'] }, 'Commitments on gone'],
  ])('%s', (_, changes, expected) => {
    expect(describeView(view(changes), lookups)).toBe(expected);
  });

  it.each<[Partial<View>, string]>([
    [
      { mode: 'compare', domains: ['semiconductors'] },
      'Comparison of Council 1 (Tokyo 2023) and Council 2 (Brussels 2024): commitments on Semiconductors',
    ],
    [
      { mode: 'compare', domains: ['semiconductors'], lang: 'ja' },
      '第1回閣僚級会合（東京 2023年）と第2回閣僚級会合（ブリュッセル 2024年）の比較：半導体に関する合意事項',
    ],
    [
      // The comparison ignores the meeting filter, and so does its description.
      { mode: 'compare', meetings: ['dpc4'], statuses: ['signed'] },
      'Comparison of Council 1 (Tokyo 2023) and Council 2 (Brussels 2024) (status: Signed)',
    ],
  ])('a comparison: %j', (changes, expected) => {
    expect(describeView(view(changes), lookups, ['dpc1', 'dpc2'])).toBe(expected);
  });
});
