import type { Commitment, Meeting } from './schema';

/**
 * Orders plain strings by code unit. Ids and ISO dates sort correctly this way, and it is many
 * times faster than localeCompare on large lists.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A meeting's place on a timeline: its date, or the end of its year while it has none. */
export function meetingSortKey(meeting: Meeting): string {
  return meeting.date ?? `${meeting.year}-12-31`;
}

/** The commitment's own date where it has one (e.g. signed the next day), else its meeting's. */
export function commitmentDate(
  commitment: Commitment,
  meeting: Meeting | undefined,
): string | undefined {
  return commitment.date ?? meeting?.date;
}

export function meetingsInDateOrder(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort(
    (a, b) => compareStrings(meetingSortKey(a), meetingSortKey(b)) || compareStrings(a.id, b.id),
  );
}

/** Orders commitments by their date (their own, else their meeting's), then by id for stability. */
export function byCommitmentDate(meetingsById: ReadonlyMap<string, Meeting>) {
  return (a: Commitment, b: Commitment): number =>
    compareStrings(
      commitmentDate(a, meetingsById.get(a.meeting)) ?? '',
      commitmentDate(b, meetingsById.get(b.meeting)) ?? '',
    ) || compareStrings(a.id, b.id);
}
