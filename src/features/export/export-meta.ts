import type { Dataset } from '../../data/schema';
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TYPES,
  CONFIDENCE_LEVELS,
  type CommitmentStatus,
  type CommitmentType,
  type ConfidenceLevel,
} from '../../data/vocabulary';
import type { Mode, View } from '../../state/view';

/** A filter as a file states it: the values chosen, or "all" where the filter is not set. */
type Chosen<T> = T[] | 'all';

export interface ExportFilters {
  domains: Chosen<string>;
  /** In a comparison, the two meetings compared (the meeting filter does not apply there). */
  meetings: Chosen<string>;
  type: Chosen<CommitmentType>;
  status: Chosen<CommitmentStatus>;
  confidence: ConfidenceLevel[];
  q: string;
}

/** What a file says about itself: what it holds, where from, under which licence, and when. */
export interface ExportMeta {
  /** The view's description, in the view's language. */
  title: string;
  dataset: {
    title: { en: string; ja: string };
    version: string;
    lastUpdated: string;
    licence: string;
  };
  /** The reader's date of the export, YYYY-MM-DD. */
  exported: string;
  /** The address that reopens the view. */
  url: string;
  view: Mode;
  /** The compared meetings, A then B; null outside a comparison. */
  compare: [string, string] | null;
  filters: ExportFilters;
  count: number;
}

function chosen<T extends string>(values: readonly T[], order?: readonly T[]): Chosen<T> {
  if (values.length === 0) return 'all';
  return order ? order.filter((value) => values.includes(value)) : [...values].sort();
}

export function exportMeta(input: {
  dataset: Dataset;
  view: View;
  pair: [string, string] | null;
  title: string;
  url: string;
  exported: string;
  count: number;
}): ExportMeta {
  const { dataset, view, pair } = input;
  return {
    title: input.title,
    dataset: {
      title: { en: dataset.meta.title.en, ja: dataset.meta.title.ja },
      version: dataset.meta.version,
      lastUpdated: dataset.meta.lastUpdated,
      licence: dataset.meta.licence,
    },
    exported: input.exported,
    url: input.url,
    view: view.mode,
    compare: pair,
    filters: {
      domains: chosen(view.domains),
      meetings: pair ? [...pair] : chosen(view.meetings),
      type: chosen(view.types, COMMITMENT_TYPES),
      status: chosen(view.statuses, COMMITMENT_STATUSES),
      confidence: CONFIDENCE_LEVELS.filter((level) => view.confidence.includes(level)),
      q: view.q.trim(),
    },
    count: input.count,
  };
}
