import { useDeferredValue, useMemo } from 'react';
import { atAGlance, domainMeetingMatrix, timelineEvents } from '../data/aggregate';
import { optionCounts } from '../data/facet-counts';
import { acrossMeetingsFilter, facetCounts, filterCommitments } from '../data/filter-commitments';
import type { Commitment, Dataset } from '../data/schema';
import type { DatasetIndex } from '../data/index-dataset';
import { byCommitmentDate } from '../data/order';
import { DOUBTFUL_CONFIDENCE, type View } from '../state/view';

/**
 * What one derivation gave: its value, or what it threw. A derivation runs outside the panels, so
 * it must not throw there: the panel that shows it rethrows inside its own error boundary
 * (`<Derived>`), and the rest of the page stays.
 */
export type Derivation<T> = { ok: true; value: T } | { ok: false; error: unknown };

export function derive<T>(compute: () => T): Derivation<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The value of a derivation; what it threw, thrown again (call it where a boundary catches it). */
export function unwrap<T>(derivation: Derivation<T>): T {
  if (!derivation.ok) throw derivation.error;
  return derivation.value;
}

/** The value of a derivation, or undefined when it failed. */
export function valueOf<T>(derivation: Derivation<T>): T | undefined {
  return derivation.ok ? derivation.value : undefined;
}

/**
 * Everything the panels show, derived once per change of data or filters. Typing stays responsive:
 * the derivations follow a deferred copy of the view.
 */
export function useDerivedData(dataset: Dataset, view: View, lookups: DatasetIndex) {
  const filter = useDeferredValue(view);
  const shared = useMemo(() => {
    const commitments = derive(() =>
      filterCommitments(dataset, filter).sort(byCommitmentDate(lookups.meetings)),
    );
    // What "Show them" would add: the same view with unverified and disputed claims revealed.
    const hiddenDoubtful = derive(() => {
      const withDoubtful = filterCommitments(dataset, {
        ...filter,
        confidence: [...new Set([...filter.confidence, ...DOUBTFUL_CONFIDENCE])],
      });
      return withDoubtful.length - (valueOf(commitments)?.length ?? withDoubtful.length);
    });
    return {
      commitments,
      domainCounts: derive(() => facetCounts(dataset, filter, 'domains')),
      meetingCounts: derive(() => facetCounts(dataset, filter, 'meetings')),
      optionCounts: derive(() => optionCounts(dataset, filter)),
      hiddenDoubtful,
    };
  }, [dataset, filter, lookups]);

  // Only what the view on screen needs: the overview's panels, or the comparison's commitments.
  const isCompare = filter.mode === 'compare';
  const overview = useMemo(() => {
    if (filter.mode !== 'overview') return null;
    const { commitments } = shared;
    const from = <T>(compute: (list: Commitment[]) => T): Derivation<T> =>
      commitments.ok ? derive(() => compute(commitments.value)) : commitments;
    return {
      matrix: from((list) => domainMeetingMatrix(dataset, filter, list)),
      glance: from((list) => atAGlance(dataset, filter, list)),
      events: from((list) => timelineEvents(dataset, filter, list)),
    };
  }, [dataset, filter, shared]);
  const acrossMeetings = useMemo(() => {
    if (!isCompare) return null;
    const across = acrossMeetingsFilter(filter);
    return across === null
      ? shared.commitments
      : derive(() => filterCommitments(dataset, across).sort(byCommitmentDate(lookups.meetings)));
  }, [dataset, filter, shared, isCompare, lookups]);

  // The view these were derived from, for what must match them exactly (an export's filters).
  return { ...shared, overview, acrossMeetings, view: filter };
}
