import { serializeView } from '../../state/url-codec';
import type { View } from '../../state/view';

/**
 * The address that reopens a view: the page's address (origin and path) with the view's canonical
 * query, written by the same serializer as the address bar (src/state/use-url-sync.ts). It is the
 * address bar's URL, without the #fragment, which no view uses. From an embedded view it is the full
 * page's address: a file or a citation points readers to the page, not to the frame.
 */
export function viewAddress(page: string, view: View): string {
  const query = serializeView({ ...view, embed: false });
  return `${page}${query ? `?${query}` : ''}`;
}

/** The page's address without query or fragment, in the browser. */
export function currentPage(): string {
  return `${window.location.origin}${window.location.pathname}`;
}
