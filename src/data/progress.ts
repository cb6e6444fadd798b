// How far a commitment got, derived from its progress steps. Confidence (how sure we are) and
// progress (how far it got) are two axes: an unverified or disputed claim has no progress at all.
import type { Commitment, Step } from './schema';
import { COUNTED_CONFIDENCE, PROGRESS_LADDER, type CommitmentStatus } from './vocabulary';

/** Official and reported commitments count as progress; doubtful claims never do. */
export function isCounted(commitment: Pick<Commitment, 'confidence'>): boolean {
  return COUNTED_CONFIDENCE.includes(commitment.confidence);
}

/** The latest step: by date, and on the same date the later one in the list. */
export function latestStep(commitment: Pick<Commitment, 'steps'>): Step | undefined {
  let latest: Step | undefined;
  for (const step of commitment.steps ?? []) {
    if (!latest || step.date >= latest.date) latest = step;
  }
  return latest;
}

/** The current status, or null for a claim we doubt (it asserts `claims`, which counts for nothing). */
export function currentStatus(
  commitment: Pick<Commitment, 'steps' | 'confidence'>,
): CommitmentStatus | null {
  if (!isCounted(commitment)) return null;
  return latestStep(commitment)?.status ?? null;
}

/** The day a counted commitment was signed, if a step says so. */
export function signingDate(
  commitment: Pick<Commitment, 'steps' | 'confidence'>,
): string | undefined {
  if (!isCounted(commitment)) return undefined;
  return commitment.steps?.find((step) => step.status === 'signed')?.date;
}

/** The place of a status on the ladder planned → delivered; -1 for stalled, superseded, no evidence. */
export function ladderRank(status: CommitmentStatus | null): number {
  return status === null ? -1 : PROGRESS_LADDER.indexOf(status);
}

/** The furthest point on the ladder a commitment reached, whatever happened after (-1 for none). */
export function furthestRank(commitment: Pick<Commitment, 'steps' | 'confidence'>): number {
  if (!isCounted(commitment)) return -1;
  return Math.max(-1, ...(commitment.steps ?? []).map((step) => ladderRank(step.status)));
}
