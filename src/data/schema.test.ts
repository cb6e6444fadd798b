import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';
import type { Dataset } from './schema';
import { cloneFixture } from '../testing/test-fixture';

function problemsAfter(breakIt: (data: Dataset) => void) {
  const data = cloneFixture();
  breakIt(data);
  const result = parseDataset(data);
  return result.ok ? [] : result.problems;
}

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
    [
      'a disputed claim with a progress status',
      (d) => {
        const claim = d.commitments[2]!;
        claim.steps = [
          {
            date: '2024-04-30',
            status: 'delivered',
            confidence: 'reported',
            evidence: claim.evidence,
          },
        ];
      },
      '$.commitments[2].steps',
      'no progress steps',
    ],
    [
      'a disputed claim that does not say what it claims',
      (d) => void delete d.commitments[2]!.claims,
      '$.commitments[2].claims',
      'what it claims',
    ],
    [
      'an official commitment with no progress step',
      (d) => void delete d.commitments[0]!.steps,
      '$.commitments[0].steps',
      'at least one progress step',
    ],
    [
      'a counted commitment with a claim',
      (d) => void (d.commitments[0]!.claims = 'delivered'),
      '$.commitments[0].claims',
      'unverified or disputed claims only',
    ],
    [
      'a step without evidence',
      (d) => void delete d.commitments[0]!.steps![1]!.evidence,
      '$.commitments[0].steps[1].evidence',
      'must carry its evidence',
    ],
    [
      'a step dated before its commitment',
      (d) => void (d.commitments[0]!.steps![0]!.date = '2023-07-01'),
      '$.commitments[0].steps[0].date',
      'before its commitment',
    ],
    [
      'steps out of date order',
      (d) => {
        d.commitments[0]!.steps![0]!.date = '2024-01-01';
        d.commitments[0]!.steps![1]!.date = '2023-08-01';
      },
      '$.commitments[0].steps[1].date',
      'date order',
    ],
    [
      '"no evidence since" without saying what was searched',
      (d) =>
        void d.commitments[0]!.steps!.push({
          date: '2026-01-15',
          status: 'no-evidence-since',
          confidence: 'official',
        }),
      '$.commitments[0].steps[2].note',
      'what was searched',
    ],
    [
      'a step pointing at an unknown event',
      (d) => void (d.commitments[0]!.steps![1]!.event = 'no-such-event'),
      '$.commitments[0].steps[1].event',
      'unknown event',
    ],
    [
      'an official grade whose only official-looking source is a rendition',
      (d) => void (d.sources[0]!.kind = 'rendition'),
      '$.commitments[0].evidence',
      'rendition',
    ],
    [
      'an official step resting on news',
      (d) =>
        void (d.commitments[0]!.steps![1]!.evidence = [
          { source: 'news-report', quote: 'regular talks on AI rules' },
        ]),
      '$.commitments[0].steps[1].evidence',
      'official grade',
    ],
    [
      'a reported meeting without its caveat',
      (d) => void (d.meetings[0]!.confidence = 'reported'),
      '$.meetings[0].confidenceNote',
      'known only from reports',
    ],
    [
      'an event of an unknown domain',
      (d) => void (d.events[0]!.domains = ['nowhere']),
      '$.events[0].domains[0]',
      'unknown domain',
    ],
    [
      'an event that ends before it starts',
      (d) => void (d.events[0]!.endDate = '2024-01-01'),
      '$.events[0].endDate',
      'not be before',
    ],
    [
      'a contradicting quote on an official record',
      (d) =>
        void d.commitments[0]!.evidence.push({
          source: 'news-report',
          quote: 'x',
          stance: 'contradicts',
        }),
      '$.commitments[0].evidence[1].stance',
      'contradicting',
    ],
    [
      'an address with a user name before the host',
      (d) => void (d.sources[0]!.url = 'https://example.go.jp@evil.example/'),
      '$.sources[0].url',
      'http',
    ],
    [
      'a dataset version this tracker cannot read',
      (d) => void (d.meta.version = '3.0.0'),
      '$.meta.version',
      'reads dataset versions 2.x',
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
