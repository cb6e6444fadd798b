import { escapeXml } from '../../ui/escape-xml';
import { viewHref, viewUrl } from '../../state/view-url';
import type { View } from '../../state/view';

/** The same view as a full page, for the link out of a frame: the address without embed=1. */
export function fullViewHref(view: View): string {
  return viewHref({ ...view, embed: false });
}

/**
 * The address a frame shows for a view: its filters, mode and language, embedded. An opened
 * commitment is left out: a frame opens on the view, not on a dialog over it.
 */
export function embedSrc(page: { origin: string; pathname: string }, view: View): string {
  return viewUrl(`${page.origin}${page.pathname}`, { ...view, item: null, embed: true });
}

/** The HTML to paste into another page. Lazy loading keeps the frame from slowing that page. */
export function embedCode(src: string, title: string): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="800" loading="lazy"></iframe>`;
}
