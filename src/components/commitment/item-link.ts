import type { MouseEvent } from 'react';
import type { Language } from '../../data/vocabulary';
import { viewUrl } from '../../state/view-url';
import { defaultView } from '../../state/view';

/**
 * The permalink of one commitment: the commitment alone (and the language, and the release when the
 * view is pinned to one), not the filters it was found under, so the address stays short and the
 * same wherever it is cited. Opening a commitment from the page keeps the current filters in the
 * address bar as well.
 */
export function itemHref(item: string, lang: Language, version: string | null = null): string {
  return viewUrl('', { ...defaultView(), item, lang, version });
}

/** A plain left click, which the page handles itself; any other click keeps the browser's meaning. */
export function isPlainClick(event: MouseEvent): boolean {
  return !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0);
}

/** The full address of one commitment's permalink on `page` (origin and path), to copy or cite. */
export function itemUrl(
  page: string,
  item: string,
  lang: Language,
  version: string | null = null,
): string {
  return `${page}${itemHref(item, lang, version)}`;
}
