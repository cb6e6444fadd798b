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
    version: view.version ?? release,
    compare: view.mode === 'compare' && pair ? [pair[0], pair[1]] : view.compare,
  };
}
