import { serializeView } from './url-codec';
import type { View } from './view';

/**
 * The one address of a view: `page` (origin and path; '' for a link relative to the page) with the
 * view's canonical query, from the same serializer as the address bar (src/state/use-url-sync.ts).
 * No view uses a #fragment. Copy link, the exports and the embed code all take their address here.
 */
export function viewUrl(page: string, view: View): string {
  const query = serializeView(view);
  return `${page}${query ? `?${query}` : ''}`;
}

/**
 * A link to a view from within the page: its query, or './' (this page) for the default view.
 * Needs no address, so it is the same when the build draws the page (scripts/prerender.ts).
 */
export function viewHref(view: View): string {
  return viewUrl('', view) || './';
}

/** The page's address without query or fragment, in the browser. */
export function currentPage(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
