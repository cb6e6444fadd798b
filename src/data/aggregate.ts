import { indexDataset } from './index-dataset';
import type { CommitmentFilter } from './filter-commitments';
import type { Commitment, Dataset, Domain, Meeting, PartnershipEvent } from './schema';
import { isCounted, signingDate } from './progress';
import type { CommitmentType } from './vocabulary';
import { byCommitmentDate, compareStrings, meetingsInDateOrder } from './order';

/** The domains and meetings a view covers: those selected, or all of them. */
export function shownDomains(
  dataset: Dataset,
  filter: Pick<CommitmentFilter, 'domains'>,
): Domain[] {
  return filter.domains.length === 0
    ? dataset.domains
    : dataset.domains.filter((domain) => filter.domains.includes(domain.id));
}

export function shownMeetings(
  dataset: Dataset,
  filter: Pick<CommitmentFilter, 'meetings'>,
): Meeting[] {
  const meetings = meetingsInDateOrder(dataset.meetings);
  return filter.meetings.length === 0
    ? meetings
    : meetings.filter((meeting) => filter.meetings.includes(meeting.id));
}

/**
 * Counts keyed by id are Maps: an id is any kebab-case word, `constructor` and `valueof` included,
 * and must never meet a property of a plain object.
 */
export interface DomainMeetingMatrix {
  domains: Domain[];
  meetings: Meeting[];
  /** counts.get(domain).get(meeting); a commitment in several domains counts in each. */
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The part of each count that is unverified or disputed claims (shown only when asked for). */
  doubtful: ReadonlyMap<string, ReadonlyMap<string, number>>;
  domainTotals: ReadonlyMap<string, number>;
  meetingTotals: ReadonlyMap<string, number>;
  max: number;
}

/** How many of a cell's domain tags are on unverified or disputed claims. */
export function matrixDoubtful(
  matrix: DomainMeetingMatrix,
  domain: string,
  meeting: string,
): number {
  return matrix.doubtful.get(domain)?.get(meeting) ?? 0;
}

/** The number in one cell of the matrix (0 for a domain or meeting it does not show). */
export function matrixCount(matrix: DomainMeetingMatrix, domain: string, meeting: string): number {
  return matrix.counts.get(domain)?.get(meeting) ?? 0;
}

export function domainMeetingMatrix(
  dataset: Dataset,
  filter: CommitmentFilter,
  commitments: readonly Commitment[],
): DomainMeetingMatrix {
  const domains = shownDomains(dataset, filter);
  const meetings = shownMeetings(dataset, filter);
  const counts = new Map<string, Map<string, number>>();
  const doubtful = new Map<string, Map<string, number>>();
  const domainTotals = new Map<string, number>();
  const meetingTotals = new Map<string, number>();
  for (const domain of domains) {
    counts.set(domain.id, new Map(meetings.map((meeting) => [meeting.id, 0])));
    doubtful.set(domain.id, new Map());
    domainTotals.set(domain.id, 0);
  }
  for (const meeting of meetings) meetingTotals.set(meeting.id, 0);

  let max = 0;
  for (const commitment of commitments) {
    const meetingTotal = meetingTotals.get(commitment.meeting);
    if (meetingTotal === undefined) continue;
    meetingTotals.set(commitment.meeting, meetingTotal + 1);
    for (const domain of commitment.domains) {
      const row = counts.get(domain);
      if (!row) continue;
      const count = (row.get(commitment.meeting) ?? 0) + 1;
      row.set(commitment.meeting, count);
      if (!isCounted(commitment)) {
        const doubts = doubtful.get(domain)!;
        doubts.set(commitment.meeting, (doubts.get(commitment.meeting) ?? 0) + 1);
      }
      domainTotals.set(domain, (domainTotals.get(domain) ?? 0) + 1);
      max = Math.max(max, count);
    }
  }
  return { domains, meetings, counts, doubtful, domainTotals, meetingTotals, max };
}

export interface AtAGlance {
  meetingsHeld: number;
  meetingsPlanned: number;
  commitments: number;
  documentsSigned: number;
  domainsCovered: number;
}

export const SIGNED_DOCUMENT_TYPES: readonly CommitmentType[] = [
  'memorandum',
  'letter-of-intent',
  'agreement',
];

/** A memorandum, letter or agreement whose signature a counted step records. */
export function isSignedDocument(commitment: Commitment): boolean {
  return SIGNED_DOCUMENT_TYPES.includes(commitment.type) && signingDate(commitment) !== undefined;
}

export function atAGlance(
  dataset: Dataset,
  filter: CommitmentFilter,
  commitments: readonly Commitment[],
): AtAGlance {
  const meetings = shownMeetings(dataset, filter);
  return {
    meetingsHeld: meetings.filter((meeting) => meeting.status === 'held').length,
    meetingsPlanned: meetings.filter((meeting) => meeting.status === 'planned').length,
    commitments: commitments.length,
    documentsSigned: commitments.filter(isSignedDocument).length,
    domainsCovered: shownDomains(dataset, filter).filter((domain) =>
      commitments.some((commitment) => commitment.domains.includes(domain.id)),
    ).length,
  };
}

/**
 * One bar per shown meeting, one stack segment per shown domain, under `barKey(domainId)`: a
 * prefixed key, so that no domain id (`meeting`, `label`, `constructor`) meets another field.
 */
export type MeetingBar = { meeting: string; doubtful: number } & {
  [key: `domain:${string}`]: number;
};

export function barKey(domainId: string): `domain:${string}` {
  return `domain:${domainId}`;
}

/** The domain of a bar key, or null for any other key. */
export function domainOfBarKey(key: string): string | null {
  return key.startsWith('domain:') ? key.slice('domain:'.length) : null;
}

/**
 * The domain segments count the claims we stand by; the domain tags of unverified and disputed
 * claims, when they are shown, are one segment of their own, `doubtful`, so the bar's height stays
 * the meeting's domain tags.
 */
export function commitmentsPerMeetingByDomain(matrix: DomainMeetingMatrix): MeetingBar[] {
  return matrix.meetings.map((meeting) => {
    const bar: MeetingBar = { meeting: meeting.id, doubtful: 0 };
    for (const domain of matrix.domains) {
      const doubts = matrixDoubtful(matrix, domain.id, meeting.id);
      bar[barKey(domain.id)] = matrixCount(matrix, domain.id, meeting.id) - doubts;
      bar.doubtful += doubts;
    }
    return bar;
  });
}

export interface TimelineEvent {
  kind: 'meeting' | 'documents' | 'event';
  /** The meeting's id, the first document's, or the event's. */
  id: string;
  /** For documents: every document signed that day at that meeting (one point on the chart). */
  ids: string[];
  date: string;
  /** Milliseconds since the epoch, for a time axis. */
  time: number;
  /** The meeting, for meetings and documents; none for an event between meetings. */
  meeting: string;
}

/** Events between meetings that the filter keeps: by domain and by how sure we are. */
export function shownEvents(
  dataset: Dataset,
  filter: Pick<CommitmentFilter, 'domains' | 'confidence'>,
): PartnershipEvent[] {
  return dataset.events.filter(
    (event) =>
      filter.confidence.includes(event.confidence) &&
      (filter.domains.length === 0 || event.domains.some((d) => filter.domains.includes(d))),
  );
}

/**
 * Meetings that have a date, and the signed documents among the commitments, in date order.
 * Documents signed on the same day at the same meeting share one point, so the chart stays
 * readable however many there are.
 */
export function timelineEvents(
  dataset: Dataset,
  filter: CommitmentFilter,
  commitments: readonly Commitment[],
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const meeting of shownMeetings(dataset, filter)) {
    if (meeting.date) {
      const time = Date.parse(meeting.date);
      events.push({
        kind: 'meeting',
        id: meeting.id,
        ids: [meeting.id],
        date: meeting.date,
        time,
        meeting: meeting.id,
      });
    }
  }
  const documents = new Map<string, TimelineEvent>();
  for (const commitment of commitments) {
    const date = signingDate(commitment);
    if (!isSignedDocument(commitment) || !date) continue;
    const key = `${date}|${commitment.meeting}`;
    const event = documents.get(key);
    if (event) event.ids.push(commitment.id);
    else {
      documents.set(key, {
        kind: 'documents',
        id: commitment.id,
        ids: [commitment.id],
        date,
        time: Date.parse(date),
        meeting: commitment.meeting,
      });
    }
  }
  events.push(...documents.values());
  // Events between meetings stand on the time line only while no meeting is picked out.
  if (filter.meetings.length === 0) {
    for (const event of shownEvents(dataset, filter)) {
      events.push({
        kind: 'event',
        id: event.id,
        ids: [event.id],
        date: event.date,
        time: Date.parse(event.date),
        meeting: '',
      });
    }
  }
  return events.sort(
    (a, b) => a.time - b.time || compareStrings(a.kind, b.kind) || compareStrings(a.id, b.id),
  );
}

/** Every commitment of a thread, across all meetings, in date order. */
export function threadLineage(dataset: Dataset, threadId: string): Commitment[] {
  return dataset.commitments
    .filter((commitment) => commitment.thread === threadId)
    .sort(byCommitmentDate(indexDataset(dataset).meetings));
}
