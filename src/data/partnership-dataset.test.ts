// Checks of the bundled dataset that go beyond the schema: the ids other work relies on, the facts
// of each meeting, coverage, and the rules of evidence.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';
import type { Dataset } from './schema';

const raw: unknown = JSON.parse(readFileSync(resolve('public/data/partnership.json'), 'utf8'));
const parsed = parseDataset(raw);

function bundled(): Dataset {
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 5), null, 2));
  return parsed.dataset;
}

const DOMAIN_IDS = [
  'semiconductors',
  'ai',
  'quantum',
  'hpc',
  '6g',
  'cables',
  'cybersecurity',
  'digital-identity',
  'data',
  'platforms',
  'research',
];

describe('the bundled dataset', () => {
  it('follows the schema, references included', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('has the domain ids that URLs rely on, with both labels', () => {
    const domains = bundled().domains;
    expect(domains.map((domain) => domain.id).sort()).toEqual([...DOMAIN_IDS].sort());
    expect(new Set(domains.map((domain) => domain.color.toLowerCase())).size).toBe(domains.length);
  });

  it.each([
    ['summit-2022', 'summit', 28, '2022-05-12', 'Tokyo', 'held'],
    ['dpc1', 'council', 1, '2023-07-03', 'Tokyo', 'held'],
    ['dpc2', 'council', 2, '2024-04-30', 'Brussels', 'held'],
    ['dpc3', 'council', 3, '2025-05-12', 'Tokyo', 'held'],
    ['dpc4', 'council', 4, undefined, 'Brussels', 'planned'],
  ] as const)(
    'records meeting %s as %s no. %i on %s in %s (%s)',
    (id, kind, number, date, city, status) => {
      const meeting = bundled().meetings.find((candidate) => candidate.id === id);
      expect(meeting).toMatchObject({ kind, number, status, city: { en: city } });
      expect(meeting?.date).toBe(date);
    },
  );

  it('keeps the planned Council without an invented date or outcomes', () => {
    const data = bundled();
    expect(data.meetings.find((meeting) => meeting.id === 'dpc4')).toMatchObject({ year: 2026 });
    expect(data.commitments.filter((commitment) => commitment.meeting === 'dpc4')).toEqual([]);
  });

  it.each([
    ['dpc1-semiconductor-memorandum', 'dpc1', '2023-07-04', 'memorandum', 'signed'],
    ['dpc1-submarine-cable-memorandum', 'dpc1', undefined, 'memorandum', 'signed'],
    ['dpc2-digital-identity-memorandum', 'dpc2', undefined, 'memorandum', 'signed'],
    ['dpc3-quantum-letter-of-intent', 'dpc3', '2025-05-13', 'letter-of-intent', 'signed'],
  ] as const)('dates and files %s under %s', (id, meeting, date, type, status) => {
    const commitment = bundled().commitments.find((candidate) => candidate.id === id);
    expect(commitment).toMatchObject({ meeting, type, status, confidence: 'official' });
    expect(commitment?.date).toBe(date);
  });

  it('covers at least 45 commitments, every domain and every held Council', () => {
    const data = bundled();
    expect(data.commitments.length).toBeGreaterThanOrEqual(45);
    const domainsUsed = new Set(data.commitments.flatMap((commitment) => commitment.domains));
    expect(DOMAIN_IDS.filter((id) => !domainsUsed.has(id))).toEqual([]);
    for (const id of ['summit-2022', 'dpc1', 'dpc2', 'dpc3']) {
      expect(data.commitments.some((commitment) => commitment.meeting === id)).toBe(true);
    }
  });

  it('ties the semiconductor line of work across the three Councils in one thread', () => {
    const meetings = bundled()
      .commitments.filter((commitment) => commitment.thread === 'semiconductor-research')
      .map((commitment) => commitment.meeting);
    expect(new Set(meetings)).toEqual(new Set(['dpc1', 'dpc2', 'dpc3']));
  });

  it('gives an address for every source except seed articles of unknown origin', () => {
    const sources = bundled().sources;
    expect(
      sources.filter((source) => !source.url && !['seed', 'commentary'].includes(source.kind)),
    ).toEqual([]);
  });

  it('never presents a claim resting on commentary or seeds alone as official or reported', () => {
    const data = bundled();
    const kindOf = new Map(data.sources.map((source) => [source.id, source.kind]));
    const seedOnly = data.commitments.filter((commitment) =>
      commitment.evidence
        .filter((evidence) => evidence.stance !== 'contradicts')
        .every((evidence) => ['seed', 'commentary'].includes(kindOf.get(evidence.source) ?? '')),
    );
    expect(seedOnly.length).toBeGreaterThan(0);
    expect(
      seedOnly.filter((commitment) => !['unverified', 'disputed'].includes(commitment.confidence)),
    ).toEqual([]);
  });

  it('records the known conflicts with the seeds as disputed, each with its reason', () => {
    const data = bundled();
    const disputed = data.commitments.filter((commitment) => commitment.confidence === 'disputed');
    expect(disputed.map((commitment) => commitment.id)).toEqual(
      expect.arrayContaining([
        'dpc2-semiconductor-expert-team-assembled-claim',
        'dpc3-arctic-cables-being-laid-claim',
        'dpc3-ai-training-data-rules-claim',
      ]),
    );
    for (const commitment of disputed) {
      expect(commitment.evidence.some((evidence) => evidence.stance === 'contradicts')).toBe(true);
    }
    const summitCorrection = data.meetings.find((meeting) => meeting.id === 'summit-2022')
      ?.corrections?.[0];
    expect(summitCorrection).toMatchObject({
      source: 'seed-s2',
      claim: { en: expect.stringContaining('29th'), ja: expect.stringContaining('第29回') },
    });
  });
});
