import type { Language } from '../../data/vocabulary';

/**
 * The permalink of one commitment: the commitment alone (and the language), not the filters it was
 * found under, so the address stays short and the same wherever it is cited. Opening a commitment
 * from the page keeps the current filters in the address bar as well.
 */
export function itemHref(item: string, lang: Language): string {
  return `?item=${encodeURIComponent(item)}${lang === 'en' ? '' : `&lang=${lang}`}`;
}
