import { describe, expect, it } from 'vitest';
import {
  acrossMeetingsFilter,
  facetCounts,
  filterCommitments,
  type CommitmentFilter,
} from './filter-commitments';
import { fixtureDataset, SHOW_EVERYTHING } from '../testing/test-fixture';

const ALL = SHOW_EVERYTHING;
const ids = (filter: Partial<CommitmentFilter>) =>
  filterCommitments(fixtureDataset, { ...ALL, ...filter }).map((commitment) => commitment.id);

describe('filterCommitments', () => {
  it.each<[string, Partial<CommitmentFilter>, string[]]>([
    ['nothing filtered', {}, ['chip-memorandum', 'ai-talks', 'chip-team-claim']],
    ['a domain (any of the commitment’s domains)', { domains: ['ai'] }, ['ai-talks']],
    [
      'several domains (union)',
      { domains: ['ai', 'semiconductors'] },
      ['chip-memorandum', 'ai-talks', 'chip-team-claim'],
    ],
    ['a meeting', { meetings: ['dpc1'] }, ['chip-memorandum']],
    ['a meeting with nothing', { meetings: ['dpc4'] }, []],
    ['a type', { types: ['dialogue'] }, ['ai-talks']],
    ['a status: the latest step', { statuses: ['in-progress'] }, ['chip-memorandum']],
    ['a status an earlier step had: not any more', { statuses: ['signed'] }, []],
    ['a status a disputed claim claims: never', { statuses: ['delivered'] }, []],
    [
      'the default confidence (doubtful claims hidden)',
      { confidence: ['official', 'reported'] },
      ['chip-memorandum', 'ai-talks'],
    ],
    ['text in a title, any case', { q: 'MEMORANDUM' }, ['chip-memorandum']],
    ['text in a Japanese title', { q: '協議' }, ['ai-talks']],
    ['text in a quote', { q: 'regular talks' }, ['ai-talks']],
    ['every word, in any order', { q: 'rules ai' }, ['ai-talks']],
    ['full-width letters like plain ones', { q: 'ＡＩ　ｒｕｌｅｓ' }, ['ai-talks']],
    ['text found nowhere', { q: 'quantum' }, []],
    [
      'filters combined',
      { domains: ['semiconductors'], meetings: ['dpc2'], confidence: ['disputed'] },
      ['chip-team-claim'],
    ],
  ])('keeps the right commitments for %s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });
});

describe('facetCounts', () => {
  it('counts each domain under the other filters, ignoring the domain filter itself', () => {
    const counts = facetCounts(
      fixtureDataset,
      { ...ALL, domains: ['ai'], meetings: ['dpc2'] },
      'domains',
    );
    expect(Object.fromEntries(counts)).toEqual({ ai: 1, semiconductors: 2 });
  });

  it('counts each meeting under the other filters, ignoring the meeting filter itself', () => {
    const counts = facetCounts(
      fixtureDataset,
      { ...ALL, meetings: ['dpc1'], confidence: ['official'] },
      'meetings',
    );
    expect(Object.fromEntries(counts)).toEqual({ dpc1: 1 });
  });
});

describe('acrossMeetingsFilter', () => {
  it.each<[string, Partial<CommitmentFilter>, Partial<CommitmentFilter> | null]>([
    ['no meeting chosen: the view’s own list serves', { domains: ['ai'] }, null],
    [
      'meetings chosen: every other filter kept',
      { domains: ['ai'], meetings: ['dpc2'], q: 'talks' },
      { domains: ['ai'], meetings: [], q: 'talks' },
    ],
  ])('%s', (_name, filter, expected) => {
    expect(acrossMeetingsFilter({ ...ALL, ...filter })).toEqual(
      expected === null ? null : { ...ALL, ...expected },
    );
  });
});
