import type { View } from './view';

/**
 * The view as an export or a citation records it, so that its address reopens what was cited after
 * later releases and meetings: the full page (not the embedded one), the release shown (`v=`; an
 * address without it follows the latest release) and, in a comparison, the pair compared (without
 * it, the latest two meetings). `release` is null for data that is no kept release (a reader's own
 * file): its view is cited as it is.
 */
export function citedView(
  view: View,
  release: string | null,
  pair: readonly [string, string] | null,
): View {
  return {
    ...view,
    embed: false,
    version: release === null ? null : (view.version ?? release),
    compare: view.mode === 'compare' && pair ? [pair[0], pair[1]] : view.compare,
  };
}

/**
 * The view as the page shows it, for what is written into a file: a reader's own file (`release`
 * null) is shown whatever release the address names (`v=`), so that release is not the file's.
 */
export function shownView(view: View, release: string | null): View {
  return release === null && view.version !== null ? { ...view, version: null } : view;
}
