import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';
import type { Dataset } from './schema';
import { cloneFixture, problemsAfter } from '../testing/test-fixture';

describe('datasetSchema', () => {
  it('accepts the fixture', () => {
    expect(parseDataset(cloneFixture())).toMatchObject({ ok: true });
  });

  it.each<[string, (data: Dataset) => void, string, string]>([
    [
      'a non-kebab-case id',
      (d) => void (d.commitments[0]!.id = 'Chip Memo'),
      '$.commitments[0].id',
      'kebab-case',
    ],
    [
      'an impossible date',
      (d) => void (d.meetings[0]!.date = '2024-02-30'),
      '$.meetings[0].date',
      'YYYY-MM-DD',
    ],
    [
      'a date in another format',
      (d) => void (d.commitments[0]!.date = '04/07/2023'),
      '$.commitments[0].date',
      'YYYY-MM-DD',
    ],
    [
      'a javascript: address',
      (d) => void (d.sources[0]!.url = 'javascript:alert(1)'),
      '$.sources[0].url',
      'http',
    ],
    [
      'a data: address',
      (d) => void (d.sources[1]!.url = 'data:text/html,hi'),
      '$.sources[1].url',
      'http',
    ],
    [
      'a quote over 40 words',
      (d) => void (d.commitments[0]!.evidence[0]!.quote = 'word '.repeat(41)),
      '$.commitments[0].evidence[0].quote',
      '40 words',
    ],
    [
      'a Japanese quote over 120 characters',
      (d) => void (d.commitments[0]!.evidence[0]!.quote = '半'.repeat(121)),
      '$.commitments[0].evidence[0].quote',
      '120',
    ],
    [
      'an unknown meeting',
      (d) => void (d.commitments[1]!.meeting = 'dpc9'),
      '$.commitments[1].meeting',
      'unknown meeting "dpc9"',
    ],
    [
      'an unknown domain',
      (d) => void (d.commitments[1]!.domains[1] = 'space'),
      '$.commitments[1].domains[1]',
      'unknown domain "space"',
    ],
    [
      'an unknown thread',
      (d) => void (d.commitments[2]!.thread = 'nowhere'),
      '$.commitments[2].thread',
      'unknown thread',
    ],
    [
      'an unknown evidence source',
      (d) => void (d.commitments[0]!.evidence[0]!.source = 'ghost'),
      '$.commitments[0].evidence[0].source',
      'unknown source "ghost"',
    ],
    [
      'an unknown meeting source',
      (d) => void (d.meetings[2]!.sources[0] = 'ghost'),
      '$.meetings[2].sources[0]',
      'unknown source',
    ],
    [
      'a duplicate commitment id',
      (d) => void (d.commitments[2]!.id = 'chip-memorandum'),
      '$.commitments[2].id',
      'duplicate id',
    ],
    [
      'a duplicate domain id',
      (d) => void (d.domains[1]!.id = 'semiconductors'),
      '$.domains[1].id',
      'duplicate id',
    ],
    [
      'an official claim resting on news only',
      (d) => void (d.commitments[1]!.confidence = 'official'),
      '$.commitments[1].evidence',
      'official or official-mirror',
    ],
    [
      'an official claim whose official quote contradicts it',
      (d) => void (d.commitments[2]!.confidence = 'official'),
      '$.commitments[2].evidence',
      'official or official-mirror',
    ],
    [
      'a disputed claim without a reason',
      (d) => void delete d.commitments[2]!.confidenceNote,
      '$.commitments[2].confidenceNote',
      'say why',
    ],
    [
      'a held meeting without a date',
      (d) => void delete d.meetings[0]!.date,
      '$.meetings[0].date',
      'must have a date',
    ],
    [
      'a year that does not match the date',
      (d) => void (d.meetings[0]!.year = 2025),
      '$.meetings[0].year',
      'year must match',
    ],
    [
      'a commitment without evidence',
      (d) => void (d.commitments[0]!.evidence = []),
      '$.commitments[0].evidence',
      '',
    ],
    [
      'a commitment without a domain',
      (d) => void (d.commitments[0]!.domains = []),
      '$.commitments[0].domains',
      '',
    ],
    [
      'a missing Japanese title',
      (d) => void ((d.commitments[0]!.title as { ja?: string }).ja = undefined),
      '$.commitments[0].title.ja',
      '',
    ],
    [
      'an unknown confidence level',
      (d) => void ((d.commitments[0] as { confidence: string }).confidence = 'certain'),
      '$.commitments[0].confidence',
      '',
    ],
    [
      'a colour that is not #rrggbb',
      (d) => void (d.domains[0]!.color = 'red'),
      '$.domains[0].color',
      '#rrggbb',
    ],
    [
      'another licence',
      (d) => void ((d.meta as { licence: string }).licence = 'MIT'),
      '$.meta.licence',
      '',
    ],
    [
      'a corrections contact that is neither a web nor an email address',
      (d) => void (d.meta.corrections = 'javascript:alert(1)'),
      '$.meta.corrections',
      'email address',
    ],
    [
      'an email address with a query',
      (d) => void (d.meta.corrections = 'corrections@example.org?subject=x'),
      '$.meta.corrections',
      'email address',
    ],
    [
      'a version that is not semver',
      (d) => void (d.meta.version = 'v1'),
      '$.meta.version',
      'semantic version',
    ],
  ])('reports %s with its JSON path', (_name, breakIt, path, message) => {
    const problems = problemsAfter(breakIt);
    expect(problems).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it.each(['https://example.org/corrections', 'corrections@example.org'])(
    'accepts %s as the corrections contact',
    (contact) => {
      const data = cloneFixture();
      data.meta.corrections = contact;
      expect(parseDataset(data)).toMatchObject({ ok: true });
    },
  );

  it('reports every problem at once, not only the first', () => {
    const problems = problemsAfter((d) => {
      d.commitments[0]!.meeting = 'nowhere';
      d.sources[0]!.url = 'ftp://example.org';
    });
    expect(problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['$.commitments[0].meeting', '$.sources[0].url']),
    );
  });

  it('rejects input that is not a dataset at all', () => {
    expect(parseDataset(null)).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: '$' })],
    });
    expect(parseDataset([])).toMatchObject({ ok: false });
  });
});
