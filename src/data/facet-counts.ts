import { countMatching, type CommitmentFilter } from './filter-commitments';
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

/**
 * How many commitments each type, status and confidence level would show, given every other
 * filter: the counts beside those checkboxes. Like the domain and meeting counts, an option's own
 * facet is set aside (ticking it adds to what is shown). A status counts the claims we stand by
 * only, as the status filter does; the confidence counts take every level.
 */
export function optionCounts(dataset: Dataset, filter: CommitmentFilter): OptionCounts {
  return {
    types: countMatching(dataset, { ...filter, types: [] }, (commitment) => [commitment.type]),
    statuses: countMatching(dataset, { ...filter, statuses: [] }, (commitment) => {
      const status = currentStatus(commitment);
      return status === null ? [] : [status];
    }),
    confidence: countMatching(
      dataset,
      { ...filter, confidence: CONFIDENCE_LEVELS },
      (commitment) => [commitment.confidence],
    ),
  };
}
