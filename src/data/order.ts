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

/** How the commitments list is ordered; `newest` is the default (and absent from the URL). */
export const SORT_ORDERS = ['newest', 'oldest', 'meeting', 'domain'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * The commitments list's order. Dates are the commitment's own, else its meeting's; ties go by id.
 * - newest: latest first; oldest: earliest first;
 * - meeting: by meeting, the latest meeting first, newest first within it (a document signed the
 *   day after a Council stays with that Council);
 * - domain: by the first of its domains in the dataset's order of domains, newest first within it.
 */
export function commitmentOrder(
  sort: SortOrder,
  meetingsById: ReadonlyMap<string, Meeting>,
  domainIds: readonly string[] = [],
) {
  const dateOf = (c: Commitment) => commitmentDate(c, meetingsById.get(c.meeting)) ?? '';
  const newest = (a: Commitment, b: Commitment) =>
    compareStrings(dateOf(b), dateOf(a)) || compareStrings(a.id, b.id);
  switch (sort) {
    case 'newest':
      return newest;
    case 'oldest':
      return byCommitmentDate(meetingsById);
    case 'meeting': {
      const meetingKey = (c: Commitment) => {
        const meeting = meetingsById.get(c.meeting);
        return meeting ? meetingSortKey(meeting) : '';
      };
      return (a: Commitment, b: Commitment) =>
        compareStrings(meetingKey(b), meetingKey(a)) ||
        compareStrings(b.meeting, a.meeting) ||
        newest(a, b);
    }
    case 'domain': {
      const rank = new Map(domainIds.map((id, index) => [id, index]));
      const domainRank = (c: Commitment) => {
        let best = domainIds.length;
        for (const id of c.domains) best = Math.min(best, rank.get(id) ?? domainIds.length);
        return best;
      };
      return (a: Commitment, b: Commitment) => domainRank(a) - domainRank(b) || newest(a, b);
    }
  }
}

/**
 * The commitments before and after `id` in a list already in its order (the list's order, so that
 * Previous and Next in the dialog walk the list as the reader sees it). Undefined at either end,
 * and both undefined when `id` is not in the list (it was opened from a link, under other filters).
 */
export function neighbours<T extends { id: string }>(
  ordered: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined; position: number } {
  const index = ordered.findIndex((item) => item.id === id);
  if (index < 0) return { previous: undefined, next: undefined, position: -1 };
  return { previous: ordered[index - 1], next: ordered[index + 1], position: index };
}
