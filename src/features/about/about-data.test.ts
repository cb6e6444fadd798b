import { describe, expect, it } from 'vitest';
import type { Commitment, Source } from '../../data/schema';
import { cloneFixture, fixtureDataset } from '../../testing/test-fixture';
import {
  citationCounts,
  confidenceCounts,
  correctionsByMeeting,
  correctionsHref,
  sourceGroups,
} from './about-data';

const source = (id: string, kind: Source['kind']): Source => ({
  id,
  title: id,
  publisher: 'Publisher',
  kind,
  language: 'en',
});

const citing = (id: string, ...sources: string[]): Commitment => ({
  ...fixtureDataset.commitments[0]!,
  id,
  evidence: sources.map((s) => ({ source: s, quote: 'a quote' })),
});

describe('citationCounts', () => {
  it('counts each commitment once per source, whatever the number of its quotes', () => {
    const counts = citationCounts([citing('a', 'x', 'x', 'y'), citing('b', 'x')]);
    expect(Object.fromEntries(counts)).toEqual({ x: 2, y: 1 });
  });

  it('counts a contradicting quote as a citation too', () => {
    expect(citationCounts(fixtureDataset.commitments).get('official-release')).toBe(2);
  });
});

describe('sourceGroups', () => {
  it('puts official texts and their republications first, news next, leads last', () => {
    const sources = [
      source('seed', 'seed'),
      source('news', 'news'),
      source('mirror', 'official-mirror'),
      source('opinion', 'commentary'),
      source('release', 'official'),
    ];
    const groups = sourceGroups({ sources, commitments: [citing('c', 'release', 'news')] });
    expect(
      groups.map((group) => [group.id, group.sources.map((s) => [s.source.id, s.citedBy])]),
    ).toEqual([
      [
        'official',
        [
          ['mirror', 0],
          ['release', 1],
        ],
      ],
      ['news', [['news', 1]]],
      [
        'leads',
        [
          ['seed', 0],
          ['opinion', 0],
        ],
      ],
    ]);
  });

  it('leaves out a group the dataset has no source for', () => {
    const groups = sourceGroups({ sources: [source('release', 'official')], commitments: [] });
    expect(groups.map((group) => group.id)).toEqual(['official']);
  });
});

describe('confidenceCounts', () => {
  it('counts every level, zero included', () => {
    expect(confidenceCounts(fixtureDataset.commitments)).toEqual({
      official: 1,
      reported: 1,
      unverified: 0,
      disputed: 1,
    });
  });

  it('follows the data', () => {
    const data = cloneFixture();
    data.commitments[0]!.confidence = 'unverified';
    expect(confidenceCounts(data.commitments)).toMatchObject({ official: 0, unverified: 1 });
  });
});

describe('correctionsByMeeting', () => {
  const correction = (claim: string) => ({
    claim,
    source: 'commentary',
    finding: 'What the official sources say.',
    evidence: [{ source: 'official-release', quote: 'a quote' }],
  });

  it('lists the meetings with corrections in date order, the others left out', () => {
    const data = cloneFixture();
    const [dpc2, dpc4, dpc1] = data.meetings;
    dpc2!.corrections = [correction('second'), correction('third')];
    dpc4!.corrections = [correction('planned')];
    dpc1!.corrections = [correction('first')];
    data.meetings.push({ ...dpc1!, id: 'dpc0', corrections: [] });
    expect(
      correctionsByMeeting(data.meetings).map(({ meeting, corrections }) => [
        meeting.id,
        corrections.map((c) => c.claim),
      ]),
    ).toEqual([
      ['dpc1', ['first']],
      ['dpc2', ['second', 'third']],
      ['dpc4', ['planned']],
    ]);
  });

  it('finds none in a dataset that records none', () => {
    expect(correctionsByMeeting(fixtureDataset.meetings)).toEqual([]);
  });
});

describe('correctionsHref', () => {
  it.each([
    ['https://example.org/issues/new', 'https://example.org/issues/new'],
    ['corrections@example.org', 'mailto:corrections@example.org'],
    ['first.last+tracker@example.co.jp', 'mailto:first.last+tracker@example.co.jp'],
  ])('links %s as %s', (contact, href) => {
    expect(correctionsHref(contact)).toBe(href);
  });
});
