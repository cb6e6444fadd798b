import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { releaseIndexQueryOptions } from '../data/dataset-query';
import { findRelease, latestRelease, type ReleaseIndex } from '../data/releases';
import type { View } from '../state/view';
import { useViewStore } from '../state/view-store';

export interface ShownRelease {
  /** The index of kept releases, once read (only when a release is pinned or changes are shown). */
  index: ReleaseIndex | undefined;
  indexError: Error | null;
  retryIndex: () => void;
  /** The pinned release to load; null for the latest; undefined while the index is read. */
  version: string | null | undefined;
}

/**
 * Which release the page shows: the latest, or the one a link pins (`v=`) once the index of
 * releases lists it. A release the index does not list is dropped with a notice, and the latest
 * is shown.
 */
export function useShownRelease(view: View, ownFile: boolean): ShownRelease {
  const pinned = ownFile ? null : view.version;
  const indexQuery = useQuery({
    ...releaseIndexQueryOptions(),
    enabled: pinned !== null || view.mode === 'changes',
  });
  const index = indexQuery.data;
  const known = pinned !== null && index ? findRelease(index, pinned) !== undefined : false;

  useEffect(() => {
    if (pinned === null || !index || known) return;
    const state = useViewStore.getState();
    state.viewReplaced({ ...state.view, version: null }, [
      ...state.notices,
      { kind: 'unknown-version', value: pinned, latest: latestRelease(index).version },
    ]);
  }, [pinned, index, known]);

  return {
    index,
    indexError: pinned !== null ? indexQuery.error : null,
    retryIndex: () => void indexQuery.refetch(),
    version: pinned === null ? null : known ? pinned : undefined,
  };
}
