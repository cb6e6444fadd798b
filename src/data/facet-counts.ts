import { matchesFilter, searchTerms, type CommitmentFilter } from './filter-commitments';
import { currentStatus } from './progress';
import type { Dataset } from './schema';
import {
  CONFIDENCE_LEVELS,
  type CommitmentStatus,
  type CommitmentType,
  type ConfidenceLevel,
} from './vocabulary';

export interface OptionCounts {
  types: ReadonlyMap<CommitmentType, number>;
  statuses: ReadonlyMap<CommitmentStatus, number>;
  confidence: ReadonlyMap<ConfidenceLevel, number>;
}

function countBy<K>(
  dataset: Dataset,
  filter: CommitmentFilter,
  key: (commitment: Dataset['commitments'][number]) => K | null,
): Map<K, number> {
  const terms = searchTerms(filter.q);
  const counts = new Map<K, number>();
  for (const commitment of dataset.commitments) {
    if (!matchesFilter(commitment, filter, terms)) continue;
    const value = key(commitment);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many commitments each type, status and confidence level would show, given every other
 * filter: the counts beside those checkboxes. Like the domain and meeting counts, an option's own
 * facet is set aside (ticking it adds to what is shown). A status counts the claims we stand by
 * only, as the status filter does; the confidence counts take every level.
 */
export function optionCounts(dataset: Dataset, filter: CommitmentFilter): OptionCounts {
  return {
    types: countBy(dataset, { ...filter, types: [] }, (commitment) => commitment.type),
    statuses: countBy(dataset, { ...filter, statuses: [] }, (commitment) =>
      currentStatus(commitment),
    ),
    confidence: countBy(
      dataset,
      { ...filter, confidence: CONFIDENCE_LEVELS },
      (commitment) => commitment.confidence,
    ),
  };
}
