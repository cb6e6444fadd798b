import { describe, expect, it } from 'vitest';
import { filterCommitments } from '../../data/filter-commitments';
import { fixtureDataset, SHOW_EVERYTHING } from '../../testing/test-fixture';
import { exportRecords } from './export-records';
import { commitmentsToExport } from './selection';

const everything = filterCommitments(fixtureDataset, SHOW_EVERYTHING);

describe('commitmentsToExport', () => {
  it.each([
    [
      'the overview: every commitment the page lists',
      null,
      ['chip-memorandum', 'ai-talks', 'chip-team-claim'],
    ],
    ['a comparison: those of the two meetings', ['dpc2', 'dpc4'], ['ai-talks', 'chip-team-claim']],
    ['a comparison of meetings without commitments', ['dpc4', 'dpc4'], []],
  ] as const)('%s', (_, pair, ids) => {
    expect(commitmentsToExport(everything, pair).map((c) => c.id)).toEqual(ids);
  });
});

describe('exportRecords', () => {
  const records = exportRecords(fixtureDataset, everything);

  it('keeps the order and resolves meetings, threads and sources', () => {
    expect(records.map((record) => record.id)).toEqual(everything.map((c) => c.id));
    expect(records[0]).toEqual({
      id: 'chip-memorandum',
      title: { en: 'Chip memorandum signed', ja: '半導体覚書に署名' },
      meeting: { id: 'dpc1', title: { en: '1st Council', ja: '第1回会合' }, date: '2023-07-03' },
      date: '2023-07-04',
      domains: ['semiconductors'],
      type: 'memorandum',
      status: 'in-progress',
      claims: null,
      checked: '2026-01-15',
      steps: [
        {
          date: '2023-07-04',
          status: 'signed',
          confidence: 'official',
          event: null,
          note: null,
          evidence: [
            {
              source: 'official-release',
              quote: 'signed a memorandum on semiconductors',
              translation: null,
            },
          ],
        },
        {
          date: '2025-01-10',
          status: 'in-progress',
          confidence: 'official',
          event: 'chip-call',
          note: null,
          evidence: [
            { source: 'official-release', quote: 'a joint call opened', translation: null },
          ],
        },
      ],
      confidence: 'official',
      confidenceNote: null,
      thread: { id: 'chips', title: { en: 'Chips', ja: '半導体' } },
      summary: { en: 'Signed the day after the Council.', ja: null },
      evidence: [
        {
          source: 'official-release',
          title: 'Official release',
          publisher: 'Ministry',
          kind: 'official',
          date: '2024-04-30',
          language: 'en',
          url: 'https://example.go.jp/release',
          quote: 'signed a memorandum on semiconductors',
          translation: null,
          stance: 'supports',
        },
      ],
    });
  });

  it.each([
    ['ai-talks', 'date', '2024-04-30'],
    [
      'chip-team-claim',
      'confidenceNote',
      { en: 'The official release says the team is still to be set up.', ja: null },
    ],
  ] as const)('%s: %s is %o', (id, field, value) => {
    expect(records.find((record) => record.id === id)?.[field]).toEqual(value);
  });

  it('gives a disputed claim its contradicting evidence and a source without address', () => {
    const disputed = records.find((record) => record.id === 'chip-team-claim')!;
    expect(disputed.evidence.map((e) => [e.source, e.url, e.stance])).toEqual([
      ['commentary', null, 'supports'],
      ['official-release', 'https://example.go.jp/release', 'contradicts'],
    ]);
  });
});
