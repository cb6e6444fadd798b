import { COMMITMENT_STATUSES, COMMITMENT_TYPES, CONFIDENCE_LEVELS } from '../../data/vocabulary';
import { isDefaultConfidence, type View } from '../../state/view';

const PREFIX = 'eu-japan-digital-partnership';
const MAX_FILTER_PART = 80;

/** Latin letters and digits of a search text, for a file name; other scripts are left out. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The filters of a view, as words for a file name: "semiconductors-ai-dpc2", or "all". */
export function filterSlug(view: View, pair: readonly [string, string] | null): string {
  const parts: string[] = [];
  if (pair) parts.push('compare', ...pair);
  else parts.push(...[...view.meetings].sort());
  parts.push(...[...view.domains].sort());
  parts.push(...COMMITMENT_TYPES.filter((type) => view.types.includes(type)));
  parts.push(...COMMITMENT_STATUSES.filter((status) => view.statuses.includes(status)));
  const confidence = CONFIDENCE_LEVELS.filter((level) => view.confidence.includes(level));
  if (!isDefaultConfidence(confidence)) parts.push(...confidence);
  if (view.q.trim()) parts.push('search', slug(view.q));
  const joined = parts.filter(Boolean).join('-') || 'all';
  // Long selections are cut at a word boundary: the file itself lists every filter.
  if (joined.length <= MAX_FILTER_PART) return joined;
  const cut = joined.slice(0, MAX_FILTER_PART);
  return cut.slice(0, cut.lastIndexOf('-')) || cut;
}

/**
 * A file name that says what the file is: eu-japan-digital-partnership-<what>-<filters>-<date>.<ext>,
 * e.g. eu-japan-digital-partnership-semiconductors-dpc2-2026-11-22.csv; from a view pinned to a
 * release (`v=`, as a cited address is), its version before the date
 * (…-semiconductors-v1.1.0-2026-11-22.csv), so that files of different releases are told apart.
 */
export function exportFileName(input: {
  view: View;
  pair: readonly [string, string] | null;
  date: string;
  extension: string;
  /** What is exported when it is not the commitments, e.g. a chart's id. */
  what?: string;
}): string {
  const release = input.view.version ? `v${input.view.version}` : undefined;
  const parts = [PREFIX, input.what, filterSlug(input.view, input.pair), release, input.date];
  return `${parts.filter(Boolean).join('-')}.${input.extension}`;
}
