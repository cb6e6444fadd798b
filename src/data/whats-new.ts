// What an analyst opens the overview for: the latest meeting held, what happened since, and how
// the latest Council compares with the one before. Pure selection; the words are the feature's.
import { shownEvents } from './aggregate';
import { compareThreads, countChanges, type ThreadChange } from './compare';
import { defaultComparePair } from './default-compare-pair';
import type { CommitmentFilter } from './filter-commitments';
import { compareStrings, meetingsInDateOrder } from './order';
import { isCounted } from './progress';
import type { Commitment, Dataset, Meeting, PartnershipEvent, Step } from './schema';
import { COUNTED_CONFIDENCE } from './vocabulary';

/** One step of one commitment. */
export interface CommitmentStep {
  commitment: Commitment;
  step: Step;
}

/**
 * One line of "since then", newest first:
 * - an event between meetings, with the steps that point at it (a call that moved two commitments);
 * - a step of a commitment on its own;
 * - the searches of one day that found nothing newer, as one line with the commitments concerned.
 */
export type SinceEntry =
  | { kind: 'event'; date: string; event: PartnershipEvent; steps: CommitmentStep[] }
  | { kind: 'step'; date: string; commitment: Commitment; step: Step }
  | { kind: 'no-evidence'; date: string; commitments: Commitment[] };

export interface ChangesSincePrevious {
  /** The earlier Council, then the later (the comparison's default pair). */
  pair: [string, string];
  counts: Record<ThreadChange, number>;
}

export interface WhatsNew {
  /** The latest meeting that was held, whatever the filters pick out. */
  meeting: Meeting;
  since: SinceEntry[];
  /** Null when the dataset has no two meetings to compare. */
  comparison: ChangesSincePrevious | null;
}

/** The meeting held last (by date; on the same day, the later id). */
export function latestHeldMeeting(meetings: readonly Meeting[]): Meeting | undefined {
  return meetingsInDateOrder(meetings)
    .filter((meeting) => meeting.status === 'held' && meeting.date !== undefined)
    .at(-1);
}

const KIND_ORDER: Record<SinceEntry['kind'], number> = { event: 0, step: 1, 'no-evidence': 2 };

function entryKey(entry: SinceEntry): string {
  if (entry.kind === 'event') return entry.event.id;
  if (entry.kind === 'step') return entry.commitment.id;
  return '';
}

/**
 * What happened after `after` (an ISO date): the events and the progress steps dated later, newest
 * first. Only counted commitments (official, reported) and steps of a confidence the filter shows
 * appear; doubtful claims have no progress, and doubtful events are not shown as progress either.
 * Events follow the domain and confidence filters, as on the timeline.
 */
export function sinceDate(
  dataset: Dataset,
  filter: Pick<CommitmentFilter, 'domains' | 'confidence'>,
  commitments: readonly Commitment[],
  after: string,
): SinceEntry[] {
  const eventEntries = new Map<string, Extract<SinceEntry, { kind: 'event' }>>();
  for (const event of shownEvents(dataset, filter)) {
    if (event.date > after && COUNTED_CONFIDENCE.includes(event.confidence)) {
      eventEntries.set(event.id, { kind: 'event', date: event.date, event, steps: [] });
    }
  }
  const quiet = new Map<string, Commitment[]>();
  const steps: SinceEntry[] = [];
  for (const commitment of commitments) {
    if (!isCounted(commitment)) continue;
    for (const step of commitment.steps ?? []) {
      if (step.date <= after || !filter.confidence.includes(step.confidence)) continue;
      const event = step.event ? eventEntries.get(step.event) : undefined;
      if (event) event.steps.push({ commitment, step });
      else if (step.status === 'no-evidence-since') {
        quiet.set(step.date, [...(quiet.get(step.date) ?? []), commitment]);
      } else steps.push({ kind: 'step', date: step.date, commitment, step });
    }
  }
  for (const event of eventEntries.values()) {
    event.steps.sort((a, b) => compareStrings(a.commitment.id, b.commitment.id));
  }
  const entries: SinceEntry[] = [
    ...eventEntries.values(),
    ...steps,
    ...[...quiet].map(([date, list]): SinceEntry => ({
      kind: 'no-evidence',
      date,
      commitments: [...list].sort((a, b) => compareStrings(a.id, b.id)),
    })),
  ];
  return entries.sort(
    (a, b) =>
      compareStrings(b.date, a.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      compareStrings(entryKey(a), entryKey(b)),
  );
}

/**
 * The overview's lead: the latest meeting held, what happened since (under `filter`), and the
 * changes from the previous Council to the latest one, counted as the comparison counts them over
 * `commitments` (the commitments the comparison would show: every filter but the meeting filter).
 */
export function whatsNew(
  dataset: Dataset,
  filter: Pick<CommitmentFilter, 'domains' | 'confidence'>,
  commitments: readonly Commitment[],
): WhatsNew | null {
  const meeting = latestHeldMeeting(dataset.meetings);
  if (!meeting?.date) return null;
  const pair = defaultComparePair(dataset);
  const comparison =
    pair && pair[0] !== pair[1]
      ? {
          pair,
          counts: countChanges(compareThreads(commitments, dataset.meetings, pair[0], pair[1])),
        }
      : null;
  return { meeting, since: sinceDate(dataset, filter, commitments, meeting.date), comparison };
}
