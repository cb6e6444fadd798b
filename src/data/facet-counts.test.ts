import { describe, expect, it } from 'vitest';
import { optionCounts } from './facet-counts';
import type { CommitmentFilter } from './filter-commitments';
import { fixtureDataset, SHOW_EVERYTHING } from '../testing/test-fixture';

const DEFAULT: CommitmentFilter = { ...SHOW_EVERYTHING, confidence: ['official', 'reported'] };

function counts(filter: Partial<CommitmentFilter>) {
  const result = optionCounts(fixtureDataset, { ...DEFAULT, ...filter });
  return {
    types: Object.fromEntries(result.types),
    statuses: Object.fromEntries(result.statuses),
    confidence: Object.fromEntries(result.confidence),
  };
}

describe('optionCounts', () => {
  it.each<[string, Partial<CommitmentFilter>, ReturnType<typeof counts>]>([
    [
      'the default view: doubtful claims hidden from types and statuses, counted under their level',
      {},
      {
        types: { memorandum: 1, dialogue: 1 },
        statuses: { 'in-progress': 1, announced: 1 },
        confidence: { official: 1, reported: 1, disputed: 1 },
      },
    ],
    [
      'doubtful claims shown: their type counts, their status never does',
      { confidence: SHOW_EVERYTHING.confidence },
      {
        types: { memorandum: 1, dialogue: 1, 'expert-group': 1 },
        statuses: { 'in-progress': 1, announced: 1 },
        confidence: { official: 1, reported: 1, disputed: 1 },
      },
    ],
    [
      'a type chosen: the type counts set it aside, the others follow it',
      { types: ['memorandum'] },
      {
        types: { memorandum: 1, dialogue: 1 },
        statuses: { 'in-progress': 1 },
        confidence: { official: 1 },
      },
    ],
    [
      'a status chosen: the status counts set it aside',
      { statuses: ['announced'] },
      {
        types: { dialogue: 1 },
        statuses: { 'in-progress': 1, announced: 1 },
        confidence: { reported: 1 },
      },
    ],
    [
      'a level chosen: the level counts set it aside',
      { confidence: ['disputed'] },
      {
        types: { 'expert-group': 1 },
        statuses: {},
        confidence: { official: 1, reported: 1, disputed: 1 },
      },
    ],
    [
      'a domain and a search narrow every count',
      { domains: ['ai'], q: 'TALKS' },
      { types: { dialogue: 1 }, statuses: { announced: 1 }, confidence: { reported: 1 } },
    ],
    [
      'nothing matches: no counts',
      { q: 'nothing matches this' },
      { types: {}, statuses: {}, confidence: {} },
    ],
  ])('%s', (_name, filter, expected) => {
    expect(counts(filter)).toEqual(expected);
  });
});
