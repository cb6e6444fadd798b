import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloneFixture, fixtureDataset, SHOW_EVERYTHING } from '../testing/test-fixture';
import { filterCommitments, type CommitmentFilter } from './filter-commitments';
import { parseDataset } from './parse-dataset';
import type { Dataset, Step } from './schema';
import { latestHeldMeeting, sinceDate, whatsNew, type SinceEntry } from './whats-new';

const DEFAULT: CommitmentFilter = { ...SHOW_EVERYTHING, confidence: ['official', 'reported'] };

/** An entry in one line: date, kind, what it is about. */
function line(entry: SinceEntry): string {
  switch (entry.kind) {
    case 'event':
      return `${entry.date} event ${entry.event.id}: ${entry.steps.map((s) => `${s.commitment.id} ${s.step.status}`).join(', ')}`;
    case 'step':
      return `${entry.date} step ${entry.commitment.id} ${entry.step.status}`;
    case 'no-evidence':
      return `${entry.date} no evidence: ${entry.commitments.map((c) => c.id).join(', ')}`;
  }
}

function since(dataset: Dataset, filter: CommitmentFilter, after: string): string[] {
  return sinceDate(dataset, filter, filterCommitments(dataset, filter), after).map(line);
}

const quietStep = (date: string): Step => ({
  date,
  status: 'no-evidence-since',
  confidence: 'official',
  note: 'Searched; nothing newer.',
});

/** The fixture with more history: the AI talks signed, and a search that found nothing newer. */
function withHistory(): Dataset {
  const dataset = cloneFixture();
  const [memorandum, talks] = dataset.commitments;
  talks!.steps!.push({
    date: '2025-06-01',
    status: 'signed',
    confidence: 'reported',
    evidence: [{ source: 'news-report', quote: 'signed' }],
  });
  memorandum!.steps!.push(quietStep('2026-11-30'));
  talks!.steps!.push(quietStep('2026-11-30'));
  return dataset;
}

describe('latestHeldMeeting', () => {
  it.each<[string, Dataset, string | undefined]>([
    ['the latest held, not the planned one', fixtureDataset, 'dpc2'],
    ['none when nothing was held', { ...fixtureDataset, meetings: [] }, undefined],
    [
      'by date, whatever the order of the file',
      { ...fixtureDataset, meetings: [...fixtureDataset.meetings].reverse() },
      'dpc2',
    ],
  ])('%s', (_name, dataset, expected) => {
    expect(latestHeldMeeting(dataset.meetings)?.id).toBe(expected);
  });
});

describe('sinceDate', () => {
  it.each<[string, Dataset, CommitmentFilter, string, string[]]>([
    [
      'an event with the steps that point at it',
      fixtureDataset,
      DEFAULT,
      '2024-04-30',
      ['2025-01-10 event chip-call: chip-memorandum in-progress'],
    ],
    ['nothing on the day itself', fixtureDataset, DEFAULT, '2025-01-10', []],
    [
      'newest first; searches of one day as one line',
      withHistory(),
      DEFAULT,
      '2024-04-30',
      [
        '2026-11-30 no evidence: ai-talks, chip-memorandum',
        '2025-06-01 step ai-talks signed',
        '2025-01-10 event chip-call: chip-memorandum in-progress',
      ],
    ],
    [
      'a domain filter narrows events and steps',
      withHistory(),
      { ...DEFAULT, domains: ['ai'] },
      '2024-04-30',
      ['2026-11-30 no evidence: ai-talks', '2025-06-01 step ai-talks signed'],
    ],
    [
      'steps of a confidence not shown are left out',
      withHistory(),
      { ...DEFAULT, confidence: ['official'] },
      '2024-04-30',
      [
        '2026-11-30 no evidence: chip-memorandum',
        '2025-01-10 event chip-call: chip-memorandum in-progress',
      ],
    ],
    [
      'doubtful claims and doubtful events never show as progress, even when revealed',
      (() => {
        const dataset = withHistory();
        dataset.commitments[2]!.steps = [quietStep('2026-12-01')];
        dataset.events.push({
          ...dataset.events[0]!,
          id: 'rumoured-call',
          date: '2026-12-02',
          confidence: 'unverified',
          confidenceNote: 'Only a blog says so.',
        });
        return dataset;
      })(),
      SHOW_EVERYTHING,
      '2025-12-31',
      ['2026-11-30 no evidence: ai-talks, chip-memorandum'],
    ],
    [
      'a step whose event is not shown stands on its own',
      (() => {
        const dataset = cloneFixture();
        dataset.events[0]!.confidence = 'reported';
        dataset.events[0]!.confidenceNote = 'Reported only.';
        return dataset;
      })(),
      { ...DEFAULT, confidence: ['official'] },
      '2024-04-30',
      ['2025-01-10 step chip-memorandum in-progress'],
    ],
  ])('%s', (_name, dataset, filter, after, expected) => {
    expect(since(dataset, filter, after)).toEqual(expected);
  });
});

describe('whatsNew', () => {
  it('leads with the latest meeting held and compares the two latest Councils', () => {
    const news = whatsNew(fixtureDataset, DEFAULT, filterCommitments(fixtureDataset, DEFAULT));
    expect(news?.meeting.id).toBe('dpc2');
    expect(news?.since.map(line)).toEqual([
      '2025-01-10 event chip-call: chip-memorandum in-progress',
    ]);
    expect(news?.comparison).toEqual({
      pair: ['dpc1', 'dpc2'],
      counts: { new: 1, advanced: 0, carried: 0, 'last-seen': 1 },
    });
  });

  it('has nothing to lead with before any meeting is held', () => {
    const dataset = { ...fixtureDataset, meetings: fixtureDataset.meetings.slice(1, 2) };
    expect(whatsNew(dataset, DEFAULT, [])).toBeNull();
  });

  it('reads the bundled dataset: the 4th Council, the Chips JU call, the searches of 30 November', () => {
    const raw: unknown = JSON.parse(readFileSync(resolve('public/data/partnership.json'), 'utf8'));
    const parsed = parseDataset(raw);
    if (!parsed.ok) throw new Error('the bundled dataset does not parse');
    const dataset = parsed.dataset;
    const news = whatsNew(dataset, DEFAULT, filterCommitments(dataset, DEFAULT));
    expect(news?.meeting).toMatchObject({ id: 'dpc4', date: '2026-05-05', confidence: 'reported' });
    expect(news?.since.map((entry) => `${entry.date} ${entry.kind}`)).toEqual([
      '2026-11-30 no-evidence',
      '2026-07-07 event',
    ]);
    const [quiet, call] = news!.since;
    expect(quiet?.kind === 'no-evidence' && quiet.commitments.length).toBe(6);
    expect(call?.kind === 'event' && call.event.id).toBe('chips-ju-japan-joint-call-2026');
    expect(news?.comparison?.pair).toEqual(['dpc3', 'dpc4']);
  });
});
