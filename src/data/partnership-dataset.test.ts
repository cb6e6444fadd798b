// Checks of the bundled dataset that go beyond the schema: the ids other work relies on, the facts
// of each meeting, coverage, and the rules of evidence.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse-dataset';
import { currentStatus, isCounted, latestStep, signingDate } from './progress';
import type { Dataset } from './schema';
import { proseVersions } from './text-language';

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
    ['summit-2022', 'summit', 28, '2022-05-12', 'Tokyo', 'held', 'official'],
    ['dpc1', 'council', 1, '2023-07-03', 'Tokyo', 'held', 'official'],
    ['dpc2', 'council', 2, '2024-04-30', 'Brussels', 'held', 'official'],
    ['dpc3', 'council', 3, '2025-05-12', 'Tokyo', 'held', 'official'],
    ['dpc4', 'council', 4, '2026-05-05', 'Brussels', 'held', 'reported'],
  ] as const)(
    'records meeting %s as %s no. %i on %s in %s (%s, %s)',
    (id, kind, number, date, city, status, confidence) => {
      const meeting = bundled().meetings.find((candidate) => candidate.id === id);
      expect(meeting).toMatchObject({ kind, number, status, confidence, city: { en: city } });
      expect(meeting?.date).toBe(date);
    },
  );

  it('shows the 4th Council as reported, with its caveat, and does not guess its co-chairs', () => {
    const data = bundled();
    const dpc4 = data.meetings.find((meeting) => meeting.id === 'dpc4')!;
    expect(dpc4.participants).toEqual([]);
    expect(proseVersions(dpc4.participantsNote!).en).toMatch(/not known/);
    expect(proseVersions(dpc4.confidenceNote!).en).toMatch(/aggregator/);
    const outcomes = data.commitments.filter((commitment) => commitment.meeting === 'dpc4');
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((c) => c.confidence === 'official')).toEqual([]);
  });

  it.each([
    ['dpc1-semiconductor-memorandum', 'dpc1', '2023-07-04', 'memorandum'],
    ['dpc1-submarine-cable-memorandum', 'dpc1', '2023-07-03', 'memorandum'],
    ['dpc2-digital-identity-memorandum', 'dpc2', '2024-04-30', 'memorandum'],
    ['dpc3-quantum-letter-of-intent', 'dpc3', '2025-05-13', 'letter-of-intent'],
  ] as const)('files %s under %s, signed on %s', (id, meeting, signed, type) => {
    const commitment = bundled().commitments.find((candidate) => candidate.id === id)!;
    expect(commitment).toMatchObject({ meeting, confidence: 'official' });
    expect(commitment.type).toBe(type);
    expect(signingDate(commitment)).toBe(signed);
  });

  it('follows the semiconductor line of work from the 2023 memorandum to the 2026 joint call', () => {
    const data = bundled();
    const thread = data.commitments.filter((c) => c.thread === 'semiconductor-research');
    expect(new Set(thread.map((c) => c.meeting))).toEqual(
      new Set(['dpc1', 'dpc2', 'dpc3', 'dpc4']),
    );
    const steps = thread
      .filter(isCounted)
      .flatMap((c) => c.steps ?? [])
      .map((step) => step.date)
      .sort();
    expect(steps[0]).toBe('2023-07-03');
    expect(steps.at(-1)).toBe('2026-07-07');
    const call = data.events.find((event) => event.id === 'chips-ju-japan-joint-call-2026');
    expect(call).toMatchObject({
      date: '2026-07-07',
      endDate: '2026-09-24',
      confidence: 'official',
    });
    const research = thread.find((c) => c.id === 'dpc3-semiconductor-joint-research-topics')!;
    expect(latestStep(research)).toMatchObject({
      status: 'in-progress',
      event: 'chips-ju-japan-joint-call-2026',
    });
  });

  it('records the Horizon Europe conclusion and no signature, for none has been found', () => {
    const data = bundled();
    const steps = data.commitments
      .filter((c) => c.thread === 'horizon-europe')
      .flatMap((c) => c.steps ?? []);
    expect(steps.some((step) => step.date === '2025-12-22')).toBe(true);
    expect(steps.filter((step) => step.status === 'signed' || step.status === 'delivered')).toEqual(
      [],
    );
    expect(data.events.filter((event) => event.kind === 'signing')).toEqual([]);
  });

  it('never counts a doubtful claim as progress: no steps, only what it claims', () => {
    const doubtful = bundled().commitments.filter((c) => !isCounted(c));
    expect(doubtful.length).toBeGreaterThan(0);
    for (const claim of doubtful) {
      expect(claim.steps).toBeUndefined();
      expect(currentStatus(claim)).toBeNull();
      expect(claim.claims).toBeDefined();
    }
    const assembled = doubtful.find(
      (c) => c.id === 'dpc2-semiconductor-expert-team-assembled-claim',
    );
    expect(assembled).toMatchObject({ confidence: 'disputed', claims: 'delivered' });
  });

  it('grades nothing official on the reworded rendition (openrijk.nl) alone', () => {
    const data = bundled();
    const rendition = data.sources.filter((source) => source.url?.includes('openrijk.nl'));
    expect(rendition.map((source) => source.kind)).toEqual(['rendition']);
  });

  it('says when each commitment was last checked', () => {
    expect(bundled().commitments.filter((c) => !c.checked)).toEqual([]);
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
