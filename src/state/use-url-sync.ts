import { useEffect, useLayoutEffect } from 'react';
import { defaultComparePair } from '../data/default-compare-pair';
import type { Dataset } from '../data/schema';
import type { UrlNotice } from './notices';
import { reconcileView } from './reconcile-view';
import { parseView, serializeView } from './url-codec';
import type { View } from './view';
import { useViewStore } from './view-store';

function currentQuery(): string {
  return window.location.search.replace(/^\?/, '');
}

function urlFor(query: string): string {
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
}

/**
 * Shows a view that came from the address bar (load, Back/Forward, a correction). The bar is set to
 * the canonical URL first, so the store subscription below finds nothing to write.
 */
function showViewFromUrl(view: View, notices: UrlNotice[]): void {
  const canonical = serializeView(view);
  if (canonical !== currentQuery()) window.history.replaceState(null, '', urlFor(canonical));
  const current = useViewStore.getState();
  // The same view again (the default address on load) would only redraw the whole page.
  if (
    notices.length === 0 &&
    current.notices.length === 0 &&
    serializeView(current.view) === canonical
  ) {
    return;
  }
  current.viewReplaced(view, notices);
}

/**
 * Moving between overview, comparison and an opened commitment, or to another language, is
 * navigation: Back undoes it.
 */
function isNavigation(previous: View, next: View): boolean {
  return previous.mode !== next.mode || previous.item !== next.item || previous.lang !== next.lang;
}

/**
 * The only code that reads or writes the address bar. The URL is read once on load and on
 * Back/Forward; every change of the view is written back, canonically. Once the dataset is known,
 * ids it does not have are dropped, a notice says so, and the address bar is corrected.
 */
export function useUrlSync(dataset: Dataset | undefined): void {
  useLayoutEffect(() => {
    const initial = parseView(currentQuery());
    showViewFromUrl(initial.view, initial.notices);

    const onPopState = () => {
      useViewStore.getState().historyMoved();
      const parsed = parseView(currentQuery());
      showViewFromUrl(parsed.view, parsed.notices);
    };
    window.addEventListener('popstate', onPopState);

    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (state.view === previous.view) return;
      const query = serializeView(state.view);
      if (query === currentQuery()) return;
      if (isNavigation(previous.view, state.view)) {
        window.history.pushState(null, '', urlFor(query));
      } else {
        window.history.replaceState(null, '', urlFor(query));
      }
    });
    return () => {
      window.removeEventListener('popstate', onPopState);
      unsubscribe();
    };
  }, []);

  const view = useViewStore((state) => state.view);
  useEffect(() => {
    if (!dataset) return;
    const known = {
      domains: new Set(dataset.domains.map((domain) => domain.id)),
      meetings: new Set(dataset.meetings.map((meeting) => meeting.id)),
      commitments: new Set(dataset.commitments.map((commitment) => commitment.id)),
      defaultComparePair: defaultComparePair(dataset),
    };
    const reconciled = reconcileView(view, known);
    if (reconciled.view !== view) {
      showViewFromUrl(reconciled.view, [...useViewStore.getState().notices, ...reconciled.notices]);
    }
  }, [dataset, view]);
}
