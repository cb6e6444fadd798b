import type {
  CommitmentStatus,
  CommitmentType,
  ConfidenceLevel,
  Language,
} from '../data/vocabulary';
import type { SortOrder } from '../data/order';

export type Mode = 'overview' | 'compare' | 'about' | 'changes';

/**
 * Everything that defines what the reader sees, and nothing else: the URL is a serialisation of
 * this, and the data itself never lives here.
 */
export interface View {
  /** Domain ids to show; empty means all. */
  domains: string[];
  /** Meeting ids to show; empty means all. */
  meetings: string[];
  types: CommitmentType[];
  statuses: CommitmentStatus[];
  /** Confidence levels shown; never empty. */
  confidence: ConfidenceLevel[];
  q: string;
  /** How the commitments list is ordered. */
  sort: SortOrder;
  mode: Mode;
  /** The pair compared, A then B; null means the default pair. */
  compare: [string, string] | null;
  lang: Language;
  /** The commitment opened in detail. */
  item: string | null;
  /** The compact view for a frame in another page: the content without the page's chrome. */
  embed: boolean;
  /** The release shown (`v=2.0.0`); null means the latest. */
  version: string | null;
}

/** Unverified and disputed claims are hidden until the reader asks for them. */
export const DEFAULT_CONFIDENCE: ConfidenceLevel[] = ['official', 'reported'];

export const DOUBTFUL_CONFIDENCE: ConfidenceLevel[] = ['unverified', 'disputed'];

/** Whether the confidence levels shown are the default ones, in whatever order. */
export function isDefaultConfidence(confidence: readonly ConfidenceLevel[]): boolean {
  const shown = new Set(confidence);
  return shown.size === DEFAULT_CONFIDENCE.length && DEFAULT_CONFIDENCE.every((l) => shown.has(l));
}

export const DEFAULT_VIEW: View = {
  domains: [],
  meetings: [],
  types: [],
  statuses: [],
  confidence: DEFAULT_CONFIDENCE,
  q: '',
  sort: 'newest',
  mode: 'overview',
  compare: null,
  lang: 'en',
  item: null,
  embed: false,
  version: null,
};

export function defaultView(): View {
  return structuredClone(DEFAULT_VIEW);
}
