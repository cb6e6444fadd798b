import type { CommitmentFilter } from './filter-commitments';
import { shownDomains } from './aggregate';
import type { Commitment, Dataset, Meeting } from './schema';
import { isCounted, ladderRank } from './progress';
import type { CommitmentStatus } from './vocabulary';
import { compareStrings } from './order';

/**
 * How a line of work changed from meeting A to meeting B, read from its whole history: the
 * meetings in between and the progress steps dated between the two count too.
 * - new: not seen at A (nor before it); seen at B;
 * - advanced: seen up to A and at B, and by B it got further on the ladder, or it was followed up
 *   by a commitment of another type (a memorandum followed by joint research), or a step between
 *   the two meetings moved it on;
 * - carried: seen up to A and at B, no further along;
 * - last-seen: seen at A or between A and B, not at B ("last seen at Council 2, in progress").
 * Only official and reported commitments count; doubtful claims never make a thread move.
 */
export type ThreadChange = 'new' | 'advanced' | 'carried' | 'last-seen';

export const THREAD_CHANGES: readonly ThreadChange[] = ['new', 'advanced', 'carried', 'last-seen'];

/** Where a line of work was last seen before B: a meeting, or a step between meetings. */
export interface LastSeen {
  /** A commitment made at `meeting`, or a later progress step of it (dated `date`). */
  kind: 'meeting' | 'step';
  date: string;
  meeting: string;
  status: CommitmentStatus | null;
  /** The event of a step between meetings (a call, a conclusion of negotiations), if any. */
  event?: string;
}

export interface ThreadComparison {
  thread: string;
  change: ThreadChange;
  atA: Commitment[];
  atB: Commitment[];
  /** For last-seen threads, and for advanced ones moved on between the meetings. */
  lastSeen?: LastSeen;
  /** The meeting between A and B where a thread new since A first appeared, if not at B. */
  firstSeen?: string;
  /** Unverified or disputed claims of the thread at A or B: shown, never counted. */
  doubtful: Commitment[];
}

interface Timeline {
  /** The date of each meeting; a planned meeting without a date sorts last. */
  dateOf: (meeting: string) => string;
}

const NO_DATE = '9999-12-31';

function meetingDateIndex(meetings: readonly Meeting[]): Timeline {
  const dates = new Map(meetings.map((meeting) => [meeting.id, meeting.date ?? NO_DATE]));
  return { dateOf: (meeting) => dates.get(meeting) ?? NO_DATE };
}

function furthestOf(commitments: readonly Commitment[], until: string): number {
  let furthest = -1;
  for (const commitment of commitments) {
    for (const step of commitment.steps ?? []) {
      if (step.date <= until) furthest = Math.max(furthest, ladderRank(step.status));
    }
  }
  return furthest;
}

function latestSighting(
  commitments: readonly Commitment[],
  timeline: Timeline,
  before: string,
): LastSeen | undefined {
  let seen: LastSeen | undefined;
  const consider = (candidate: LastSeen) => {
    if (candidate.date < before && (!seen || candidate.date >= seen.date)) seen = candidate;
  };
  for (const commitment of commitments) {
    const made = commitment.date ?? timeline.dateOf(commitment.meeting);
    const statusThen = [...(commitment.steps ?? [])].filter((step) => step.date <= made).pop();
    consider({
      kind: 'meeting',
      date: made,
      meeting: commitment.meeting,
      status: statusThen?.status ?? null,
    });
    // A step dated on or before the commitment was made is its status then, not a later sighting.
    for (const step of (commitment.steps ?? []).filter((step) => step.date > made)) {
      consider({
        kind: 'step',
        date: step.date,
        meeting: commitment.meeting,
        status: step.status,
        ...(step.event ? { event: step.event } : {}),
      });
    }
  }
  return seen;
}

/** Two meetings in time order, and whether they were given the other way round. */
export interface ReadingOrder {
  earlier: string;
  later: string;
  /** The first meeting given is the later one (a planned meeting without a date counts last). */
  backwards: boolean;
}

/**
 * The order a comparison of meetings A and B reads in: always from the earlier meeting to the
 * later, since what is "new" or "advanced" only means something forward in time.
 */
export function readingOrder(meetings: readonly Meeting[], a: string, b: string): ReadingOrder {
  return timeOrder(meetingDateIndex(meetings), a, b);
}

function timeOrder(timeline: Timeline, a: string, b: string): ReadingOrder {
  const backwards = compareStrings(timeline.dateOf(a), timeline.dateOf(b)) > 0;
  return backwards ? { earlier: b, later: a, backwards } : { earlier: a, later: b, backwards };
}

/**
 * Classifies one thread from its counted commitments, reading A and B in time order whichever was
 * given first (`readingOrder`).
 */
export function classifyThread(
  thread: readonly Commitment[],
  timeline: Timeline,
  meetingA: string,
  meetingB: string,
): Omit<ThreadComparison, 'thread' | 'atA' | 'atB' | 'doubtful'> | null {
  const { earlier: early, later: late } = timeOrder(timeline, meetingA, meetingB);
  const earlyDate = timeline.dateOf(early);
  const lateDate = timeline.dateOf(late);
  // Which side of A a commitment stands on is decided by its meeting's date (a document signed
  // the day after a Council still belongs to that Council).
  const heldOn = (c: Commitment) => timeline.dateOf(c.meeting);
  const atLate = thread.filter((c) => c.meeting === late);
  const prior = thread.filter((c) => c.meeting !== late && heldOn(c) <= earlyDate);
  const between = thread.filter(
    (c) => c.meeting !== late && heldOn(c) > earlyDate && heldOn(c) < lateDate,
  );
  const atEarly = thread.filter((c) => c.meeting === early);
  const stepBetween = [...prior, ...between].some((c) =>
    (c.steps ?? []).some((step) => step.date > earlyDate && step.date < lateDate),
  );
  if (early === late) return atLate.length > 0 ? { change: 'carried' } : null;
  if (atLate.length === 0) {
    if (atEarly.length === 0 && between.length === 0 && !stepBetween) return null;
    const lastSeen = latestSighting([...prior, ...between], timeline, lateDate);
    return lastSeen ? { change: 'last-seen', lastSeen } : null;
  }
  if (prior.length === 0) {
    const first = between.map((c) => c.meeting)[0];
    return first ? { change: 'new', firstSeen: first } : { change: 'new' };
  }
  const before = [...prior, ...between];
  const priorRank = furthestOf(prior, earlyDate);
  const lateRank = furthestOf([...before, ...atLate], lateDate);
  const priorTypes = new Set(prior.map((c) => c.type));
  const followedUp = atLate.some((c) => !priorTypes.has(c.type));
  if (lateRank > priorRank || followedUp) {
    const lastSeen = stepBetween ? latestSighting(before, timeline, lateDate) : undefined;
    return lastSeen ? { change: 'advanced', lastSeen } : { change: 'advanced' };
  }
  return { change: 'carried' };
}

/**
 * Every thread seen at A, at B or between them, classified, in the order: new, advanced, carried,
 * last seen; then by thread id. A meeting compared with itself gives every thread as carried.
 */
export function compareThreads(
  commitments: readonly Commitment[],
  meetings: readonly Meeting[],
  meetingA: string,
  meetingB: string,
): ThreadComparison[] {
  const timeline = meetingDateIndex(meetings);
  const byThread = new Map<string, Commitment[]>();
  for (const commitment of commitments) {
    const list = byThread.get(commitment.thread) ?? [];
    list.push(commitment);
    byThread.set(commitment.thread, list);
  }
  const result: ThreadComparison[] = [];
  for (const [thread, all] of byThread) {
    const counted = all.filter(isCounted);
    const doubtful = all.filter(
      (c) => !isCounted(c) && (c.meeting === meetingA || c.meeting === meetingB),
    );
    const classified = classifyThread(counted, timeline, meetingA, meetingB);
    if (!classified && doubtful.length === 0) continue;
    result.push({
      thread,
      change: classified?.change ?? 'new',
      ...(classified ?? {}),
      atA: counted.filter((c) => c.meeting === meetingA),
      atB: counted.filter((c) => c.meeting === meetingB),
      doubtful,
    });
  }
  return result
    .filter(
      (entry) =>
        entry.atA.length + entry.atB.length > 0 || entry.lastSeen || entry.doubtful.length > 0,
    )
    .sort(
      (x, y) =>
        THREAD_CHANGES.indexOf(x.change) - THREAD_CHANGES.indexOf(y.change) ||
        compareStrings(x.thread, y.thread),
    );
}

export function countChanges(
  comparisons: readonly ThreadComparison[],
): Record<ThreadChange, number> {
  const counts: Record<ThreadChange, number> = { new: 0, advanced: 0, carried: 0, 'last-seen': 0 };
  for (const comparison of comparisons) {
    if (comparison.atA.length + comparison.atB.length > 0 || comparison.lastSeen) {
      counts[comparison.change] += 1;
    }
  }
  return counts;
}

export interface DomainDifference {
  domain: string;
  atA: number;
  atB: number;
  difference: number;
}

/** Commitments per shown domain at A and at B; a commitment in several domains counts in each. */
export function compareDomains(
  dataset: Dataset,
  filter: Pick<CommitmentFilter, 'domains'>,
  commitments: readonly Commitment[],
  meetingA: string,
  meetingB: string,
): DomainDifference[] {
  return shownDomains(dataset, filter).map((domain) => {
    const count = (meeting: string) =>
      commitments.filter((c) => c.meeting === meeting && c.domains.includes(domain.id)).length;
    const atA = count(meetingA);
    const atB = count(meetingB);
    return { domain: domain.id, atA, atB, difference: atB - atA };
  });
}
