import type { Commitment, Dataset } from './schema';
import type { CommitmentStatus, CommitmentType, ConfidenceLevel } from './vocabulary';
import { currentStatus } from './progress';
import { proseVersions } from './text-language';

/** What the commitments are filtered by. Empty lists mean "all". */
export interface CommitmentFilter {
  domains: readonly string[];
  meetings: readonly string[];
  types: readonly CommitmentType[];
  statuses: readonly CommitmentStatus[];
  confidence: readonly ConfidenceLevel[];
  q: string;
}

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en');
}

export function searchTerms(q: string): string[] {
  return normalizeText(q).split(/\s+/u).filter(Boolean);
}

// Built once per dataset: the text a search looks through (titles and summary in both languages,
// quotes and their translations).
const searchTextCache = new WeakMap<Commitment, string>();

function searchText(commitment: Commitment): string {
  let text = searchTextCache.get(commitment);
  if (text === undefined) {
    text = normalizeText(
      [
        commitment.title.en,
        commitment.title.ja,
        ...Object.values(proseVersions(commitment.summary)).filter((text) => text !== null),
        ...commitment.evidence.flatMap((evidence) => [evidence.quote, evidence.translation ?? '']),
      ].join('\n'),
    );
    searchTextCache.set(commitment, text);
  }
  return text;
}

function includesAny<T>(selected: readonly T[], values: readonly T[]): boolean {
  return selected.length === 0 || values.some((value) => selected.includes(value));
}

function includesValue<T>(selected: readonly T[], value: T): boolean {
  return selected.length === 0 || selected.includes(value);
}

export function matchesFilter(
  commitment: Commitment,
  filter: CommitmentFilter,
  terms: readonly string[] = searchTerms(filter.q),
): boolean {
  if (!includesAny(filter.domains, commitment.domains)) return false;
  if (!includesValue(filter.meetings, commitment.meeting)) return false;
  if (!includesValue(filter.types, commitment.type)) return false;
  // A status filter asks how far commitments got: a doubtful claim has got nowhere, whatever it claims.
  if (filter.statuses.length > 0) {
    const status = currentStatus(commitment);
    if (status === null || !filter.statuses.includes(status)) return false;
  }
  if (!filter.confidence.includes(commitment.confidence)) return false;
  if (terms.length === 0) return true;
  const text = searchText(commitment);
  return terms.every((term) => text.includes(term));
}

export function filterCommitments(dataset: Dataset, filter: CommitmentFilter): Commitment[] {
  const terms = searchTerms(filter.q);
  return dataset.commitments.filter((commitment) => matchesFilter(commitment, filter, terms));
}

/**
 * The filter that what compares meetings reads (the comparison, the overview's lead), which picks
 * its own meetings: every filter but the meeting filter. Null when no meeting is chosen: the view's
 * own list is that list already.
 */
export function acrossMeetingsFilter<F extends CommitmentFilter>(filter: F): F | null {
  return filter.meetings.length === 0 ? null : { ...filter, meetings: [] };
}

/**
 * How many of the commitments `filter` shows carry each key `keysOf` gives (none, one or several
 * per commitment): the loop behind every count beside a checkbox.
 */
export function countMatching<K>(
  dataset: Dataset,
  filter: CommitmentFilter,
  keysOf: (commitment: Commitment) => readonly K[],
): Map<K, number> {
  const terms = searchTerms(filter.q);
  const counts = new Map<K, number>();
  for (const commitment of dataset.commitments) {
    if (!matchesFilter(commitment, filter, terms)) continue;
    for (const key of keysOf(commitment)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many commitments each option of one facet would show, given every other filter: the counts
 * beside the domain and meeting checkboxes.
 */
export function facetCounts(
  dataset: Dataset,
  filter: CommitmentFilter,
  facet: 'domains' | 'meetings',
): Map<string, number> {
  return countMatching(dataset, { ...filter, [facet]: [] }, (commitment) =>
    facet === 'domains' ? commitment.domains : [commitment.meeting],
  );
}
