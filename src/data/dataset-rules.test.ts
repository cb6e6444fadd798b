import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { problemsAfter } from '../testing/test-fixture';

// The rules across records (dataset-rules.ts): the two axes, progress steps, grades, events.
describe('the rules of evidence and progress', () => {
  it.each<[string, (data: Dataset) => void, string, string]>([
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
    expect(problemsAfter(breakIt)).toContainEqual({
      path,
      message: expect.stringContaining(message),
    });
  });
});
