import { useDeferredValue, useMemo } from 'react';
import { atAGlance, domainMeetingMatrix, timelineEvents } from '../data/aggregate';
import { facetCounts, filterCommitments } from '../data/filter-commitments';
import type { Dataset } from '../data/schema';
import type { DatasetIndex } from '../data/index-dataset';
import { byCommitmentDate } from '../data/order';
import { whatsNew } from '../data/whats-new';
import { DOUBTFUL_CONFIDENCE, type View } from '../state/view';

/**
 * Everything the panels show, derived once per change of data or filters. Typing stays responsive:
 * the derivations follow a deferred copy of the view.
 */
export function useDerivedData(dataset: Dataset, view: View, lookups: DatasetIndex) {
  const filter = useDeferredValue(view);
  const shared = useMemo(() => {
    const commitments = filterCommitments(dataset, filter).sort(byCommitmentDate(lookups.meetings));
    // What "Show them" would add: the same view with unverified and disputed claims revealed.
    const withDoubtful = filterCommitments(dataset, {
      ...filter,
      confidence: [...new Set([...filter.confidence, ...DOUBTFUL_CONFIDENCE])],
    });
    return {
      commitments,
      domainCounts: facetCounts(dataset, filter, 'domains'),
      meetingCounts: facetCounts(dataset, filter, 'meetings'),
      hiddenDoubtful: withDoubtful.length - commitments.length,
    };
  }, [dataset, filter, lookups]);

  // Only what the view on screen needs: the overview's panels, or the comparison's commitments.
  const isCompare = filter.mode === 'compare';
  const overview = useMemo(() => {
    if (filter.mode !== 'overview') return null;
    const matrix = domainMeetingMatrix(dataset, filter, shared.commitments);
    // The lead reads what the comparison would: every filter but the meeting filter.
    const acrossAll =
      filter.meetings.length === 0
        ? shared.commitments
        : filterCommitments(dataset, { ...filter, meetings: [] });
    return {
      news: whatsNew(dataset, filter, acrossAll),
      matrix,
      glance: atAGlance(dataset, filter, shared.commitments),
      events: timelineEvents(dataset, filter, shared.commitments),
    };
  }, [dataset, filter, shared]);
  const acrossMeetings = useMemo(() => {
    if (!isCompare) return null;
    // The comparison picks its own two meetings, so it ignores the meeting filter.
    return filter.meetings.length === 0
      ? shared.commitments
      : filterCommitments(dataset, { ...filter, meetings: [] }).sort(
          byCommitmentDate(lookups.meetings),
        );
  }, [dataset, filter, shared, isCompare, lookups]);

  // The view these were derived from, for what must match them exactly (an export's filters).
  return { ...shared, overview, acrossMeetings, view: filter };
}
