import type { ThreadChange } from '../../data/compare';
import type { Meeting } from '../../data/schema';
import type { Language } from '../../data/vocabulary';

export function placeAndYear(meeting: Meeting, lang: Language): string {
  return `${meeting.city[lang]} ${meeting.year}`;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** One sentence a reader can paste into a report, e.g. "Brussels 2024 → Tokyo 2025: 3 threads new, …". */
export function compareSummary(
  a: Meeting,
  b: Meeting,
  counts: Record<ThreadChange, number>,
  lang: Language,
): string {
  const route = `${placeAndYear(a, lang)} → ${placeAndYear(b, lang)}`;
  const total = counts.new + counts.advanced + counts.continued + counts['not-mentioned'];
  if (a.id === b.id) {
    return `${route}: the same meeting on both sides, so nothing changed (${plural(total, 'thread', 'threads')}).`;
  }
  if (total === 0) {
    return `${route}: no commitments match the current filters at either meeting.`;
  }
  const parts = [
    `${plural(counts.new, 'thread', 'threads')} new`,
    `${counts.continued} continued`,
    `${counts.advanced} advanced`,
    `${counts['not-mentioned']} not mentioned again`,
  ];
  const pending =
    b.status === 'planned' && counts.new + counts.continued + counts.advanced === 0
      ? ` ${b.title[lang]} is planned and has no recorded commitments yet.`
      : '';
  return `${route}: ${parts.join(', ')}.${pending}`;
}
