import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  atAGlance,
  commitmentsPerMeetingByDomain,
  domainMeetingMatrix,
  matrixCount,
  barKey,
} from '../data/aggregate';
import { compareDomains, compareThreads } from '../data/compare';
import { isCounted } from '../data/progress';
import { facetCounts, filterCommitments, type CommitmentFilter } from '../data/filter-commitments';
import type { Commitment, Dataset } from '../data/schema';
import { exportRecords } from '../features/export/export-records';
import { propertyRuns } from '../testing/property-runs';
import { cloneFixture, SHOW_EVERYTHING } from '../testing/test-fixture';

/**
 * Ids are any kebab-case word, so these are valid: the lower-case names of Object.prototype's
 * properties, and words a chart row already uses for itself.
 */
const HOSTILE_IDS = [
  'constructor',
  'tostring',
  'valueof',
  'hasownproperty',
  'isprototypeof',
  'propertyisenumerable',
  'tolocalestring',
  'prototype',
  'proto',
  'meeting',
  'label',
] as const;

function snapshot(target: object): string[] {
  return Object.getOwnPropertyNames(target).sort();
}
const OBJECT_PROTOTYPE = snapshot(Object.prototype);
const OBJECT = snapshot(Object);

afterEach(() => {
  // Nothing may have been written onto Object or its prototype.
  expect(snapshot(Object.prototype)).toEqual(OBJECT_PROTOTYPE);
  expect(snapshot(Object)).toEqual(OBJECT);
  expect({}.constructor).toBe(Object);
  expect(typeof {}.toString).toBe('function');
  expect(Object.prototype.hasOwnProperty.call({ a: 1 }, 'a')).toBe(true);
});

const distinctIds = (count: number) =>
  fc.shuffledSubarray([...HOSTILE_IDS], { minLength: count, maxLength: count });

const hostileDataset = fc
  .record({
    domains: distinctIds(3),
    meetings: distinctIds(3),
    threads: distinctIds(2),
    commitments: fc.array(
      fc.record({
        meeting: fc.nat(2),
        domains: fc.uniqueArray(fc.nat(2), { minLength: 1, maxLength: 3 }),
        thread: fc.nat(1),
        doubtful: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    filterDomains: fc.subarray([0, 1, 2]),
    filterMeetings: fc.subarray([0, 1, 2]),
  })
  .map((drawn) => {
    const dataset: Dataset = cloneFixture();
    const [reported, doubtful] = [
      dataset.commitments.find((c) => c.id === 'ai-talks')!,
      dataset.commitments.find((c) => c.id === 'chip-team-claim')!,
    ];
    dataset.domains = drawn.domains.map((id, i) => ({ ...dataset.domains[i % 2]!, id }));
    dataset.meetings = drawn.meetings.map((id, i) => ({ ...dataset.meetings[i]!, id }));
    dataset.threads = drawn.threads.map((id, i) => ({ ...dataset.threads[i]!, id }));
    dataset.events = [];
    dataset.commitments = drawn.commitments.map((c, i): Commitment => ({
      ...(c.doubtful ? doubtful : reported),
      id: `commitment-${i}`,
      meeting: drawn.meetings[c.meeting]!,
      domains: c.domains.map((d) => drawn.domains[d]!),
      thread: drawn.threads[c.thread]!,
    }));
    const filter: CommitmentFilter = {
      ...SHOW_EVERYTHING,
      domains: drawn.filterDomains.map((d) => drawn.domains[d]!),
      meetings: drawn.filterMeetings.map((m) => drawn.meetings[m]!),
    };
    return { dataset, filter };
  });

const RUNS = propertyRuns(300);

describe('ids that are names of Object.prototype properties', () => {
  it('filter, matrix, chart bars and facet counts give the counts a plain loop gives', () => {
    fc.assert(
      fc.property(hostileDataset, ({ dataset, filter }) => {
        const shown = filterCommitments(dataset, filter);
        const expected = dataset.commitments.filter(
          (c) =>
            (filter.domains.length === 0 || c.domains.some((d) => filter.domains.includes(d))) &&
            (filter.meetings.length === 0 || filter.meetings.includes(c.meeting)),
        );
        expect(shown).toEqual(expected);

        const matrix = domainMeetingMatrix(dataset, filter, shown);
        const bars = commitmentsPerMeetingByDomain(matrix);
        for (const meeting of matrix.meetings) {
          const atMeeting = shown.filter((c) => c.meeting === meeting.id);
          expect(matrix.meetingTotals.get(meeting.id)).toBe(atMeeting.length);
          const bar = bars.find((b) => b.meeting === meeting.id)!;
          for (const domain of matrix.domains) {
            const n = atMeeting.filter((c) => c.domains.includes(domain.id)).length;
            expect(matrixCount(matrix, domain.id, meeting.id)).toBe(n);
            // Unverified and disputed claims stand in the bar's own doubtful segment.
            const doubts = atMeeting.filter(
              (c) => c.domains.includes(domain.id) && !isCounted(c),
            ).length;
            expect(bar[barKey(domain.id)]).toBe(n - doubts);
          }
        }
        for (const domain of matrix.domains) {
          expect(matrix.domainTotals.get(domain.id)).toBe(
            shown.filter(
              (c) =>
                c.domains.includes(domain.id) &&
                matrix.meetings.some((meeting) => meeting.id === c.meeting),
            ).length,
          );
        }
        expect(atAGlance(dataset, filter, shown).commitments).toBe(shown.length);

        const domainCounts = facetCounts(dataset, filter, 'domains');
        const meetingCounts = facetCounts(dataset, filter, 'meetings');
        for (const domain of dataset.domains) {
          const n = filterCommitments(dataset, { ...filter, domains: [domain.id] }).length;
          expect(domainCounts.get(domain.id) ?? 0).toBe(n);
        }
        for (const meeting of dataset.meetings) {
          const n = filterCommitments(dataset, { ...filter, meetings: [meeting.id] }).length;
          expect(meetingCounts.get(meeting.id) ?? 0).toBe(n);
        }
      }),
      RUNS,
    );
  });

  it('the comparison and the exported records resolve every id to its own record', () => {
    fc.assert(
      fc.property(hostileDataset, ({ dataset, filter }) => {
        const all = filterCommitments(dataset, { ...filter, meetings: [] });
        const [a, b] = [dataset.meetings[0]!.id, dataset.meetings[2]!.id];
        for (const row of compareDomains(dataset, filter, all, a, b)) {
          const at = (m: string) =>
            all.filter((c) => c.meeting === m && c.domains.includes(row.domain)).length;
          expect([row.atA, row.atB, row.difference]).toEqual([at(a), at(b), at(b) - at(a)]);
        }
        const threads = compareThreads(all, dataset.meetings, a, b);
        for (const entry of threads) {
          expect(dataset.threads.map((t) => t.id)).toContain(entry.thread);
          for (const c of [...entry.atA, ...entry.atB]) expect(c.thread).toBe(entry.thread);
        }

        for (const record of exportRecords(dataset, all)) {
          const meeting = dataset.meetings.find((m) => m.id === record.meeting.id)!;
          const thread = dataset.threads.find((t) => t.id === record.thread.id)!;
          expect(record.meeting.title).toEqual({ en: meeting.title.en, ja: meeting.title.ja });
          expect(record.thread.title).toEqual(thread.title);
        }
      }),
      RUNS,
    );
  });
});
