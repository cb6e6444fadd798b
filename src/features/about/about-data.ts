// What the About page says about a dataset, derived from the dataset itself, so that the page
// describes whatever file is loaded: the bundled one or a reader's own.
import {
  isSafeWebAddress,
  type Commitment,
  type Dataset,
  type Meeting,
  type Source,
} from '../../data/schema';
import { meetingsInDateOrder } from '../../data/order';
import {
  CONFIDENCE_LEVELS,
  EMAIL_PATTERN,
  type ConfidenceLevel,
  type SourceKind,
} from '../../data/vocabulary';

export type SourceGroupId = 'official' | 'news' | 'leads';

/** Official texts and their republications together; seed articles and commentary are only leads. */
const GROUP_OF_KIND: Record<SourceKind, SourceGroupId> = {
  official: 'official',
  'official-mirror': 'official',
  rendition: 'news',
  news: 'news',
  aggregator: 'news',
  seed: 'leads',
  commentary: 'leads',
};

const GROUP_ORDER: readonly SourceGroupId[] = ['official', 'news', 'leads'];

export interface CitedSource {
  source: Source;
  /** How many commitments cite the source in their evidence (each commitment counted once). */
  citedBy: number;
}

export interface SourceGroup {
  id: SourceGroupId;
  sources: CitedSource[];
}

export function citationCounts(commitments: readonly Commitment[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const commitment of commitments) {
    for (const source of new Set(commitment.evidence.map((evidence) => evidence.source))) {
      counts.set(source, (counts.get(source) ?? 0) + 1);
    }
  }
  return counts;
}

/** The dataset's sources by group, in the dataset's own order within each; empty groups left out. */
export function sourceGroups(dataset: Pick<Dataset, 'sources' | 'commitments'>): SourceGroup[] {
  const counts = citationCounts(dataset.commitments);
  return GROUP_ORDER.map((id) => ({
    id,
    sources: dataset.sources
      .filter((source) => GROUP_OF_KIND[source.kind] === id)
      .map((source) => ({ source, citedBy: counts.get(source.id) ?? 0 })),
  })).filter((group) => group.sources.length > 0);
}

export function confidenceCounts(
  commitments: readonly Commitment[],
): Record<ConfidenceLevel, number> {
  const counts = Object.fromEntries(CONFIDENCE_LEVELS.map((level) => [level, 0])) as Record<
    ConfidenceLevel,
    number
  >;
  for (const commitment of commitments) counts[commitment.confidence] += 1;
  return counts;
}

export type Correction = NonNullable<Meeting['corrections']>[number];

export interface MeetingCorrections {
  meeting: Meeting;
  corrections: readonly Correction[];
}

/** The meetings whose starting articles the dataset corrects, in date order, with those corrections. */
export function correctionsByMeeting(meetings: readonly Meeting[]): MeetingCorrections[] {
  return meetingsInDateOrder(meetings).flatMap((meeting) =>
    meeting.corrections?.length ? [{ meeting, corrections: meeting.corrections }] : [],
  );
}

/**
 * The link to the dataset's corrections contact: a safe web address as it is, an email as
 * mailto:; null for anything else (it is then shown as text, never as a link).
 */
export function correctionsHref(contact: string): string | null {
  if (EMAIL_PATTERN.test(contact)) return `mailto:${contact}`;
  return isSafeWebAddress(contact) ? contact : null;
}
