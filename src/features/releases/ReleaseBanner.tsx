import { formatDate } from '../../i18n/format';
import { findRelease, latestRelease, type ReleaseIndex } from '../../data/releases';
import { viewHref } from '../../state/view-url';
import type { View } from '../../state/view';
import { MESSAGES } from './messages';

/**
 * Says when a pinned link shows an older release than the latest, with its date, and links to
 * the same view in the latest release (the same address without `v`).
 */
export function ReleaseBanner({ view, index }: { view: View; index: ReleaseIndex }) {
  const shown = view.version ? findRelease(index, view.version) : undefined;
  const latest = latestRelease(index);
  if (!shown || shown.version === latest.version) return null;
  const t = MESSAGES[view.lang];
  return (
    <div className="dataset-banner release-banner" role="status">
      <p>
        {t.olderRelease(
          shown.version,
          formatDate(shown.date, view.lang),
          latest.version,
          formatDate(latest.date, view.lang),
        )}
      </p>
      <a href={viewHref({ ...view, version: null })}>{t.openLatest}</a>
    </div>
  );
}
