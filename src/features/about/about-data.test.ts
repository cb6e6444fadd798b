import { describe, expect, it } from 'vitest';
import type { Commitment, Source } from '../../data/schema';
import { cloneFixture, fixtureDataset } from '../../data/test-fixture';
import {
  citationCounts,
  confidenceCounts,
  correctionsHref,
  langIfOther,
  sourceGroups,
  titleLanguage,
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

describe('titleLanguage', () => {
  it.each<[string, string, string]>([
    ['a title as published', 'ja', 'ja'],
    ['[Press release on the first Council, in Japanese]', 'ja', 'en'],
    ['  [Described]', 'it', 'en'],
    ['Results of the Council', 'en', 'en'],
  ])('reads %j in a %s source as %s', (title, language, expected) => {
    expect(titleLanguage({ title, language })).toBe(expected);
  });
});

describe('langIfOther', () => {
  it.each<[string, string, string | undefined]>([
    ['en', 'en', undefined],
    ['en', 'ja', 'en'],
    ['ja', 'en', 'ja'],
    ['it', 'ja', 'it'],
  ])('marks %s text on a %s page as %s', (text, page, expected) => {
    expect(langIfOther(text, page)).toBe(expected);
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
