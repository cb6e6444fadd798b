// Which Atom feeds the build writes: one of every release, and one per domain with only the
// changes that touch that domain. The build (scripts/atom-feed.ts) and the changes page read the
// same list, so every feed the page names exists. Pure, no wording.
import { filterChanges, type ReleaseChanges } from './release-diff';

export const MAIN_FEED = 'feed.xml';

export interface DomainFeed {
  /** The domain's id, as in `domains=` and in the file's name. */
  id: string;
  /** Its label, as the newest release holding it gives it. */
  title: { en: string; ja?: string };
  file: string;
}

/** The file of one domain's feed: `feed-<domain id>.xml` (ids are kebab-case). */
export function domainFeedFile(id: string): string {
  return `feed-${id}.xml`;
}

/**
 * A feed for every domain that any release holds, in the order of the newest release that holds
 * it (history is newest first), then the older ones.
 */
export function domainFeeds(history: readonly ReleaseChanges[]): DomainFeed[] {
  const feeds = new Map<string, DomainFeed>();
  for (const release of history) {
    for (const change of release.changes) {
      if (change.kind !== 'domains' || feeds.has(change.id)) continue;
      feeds.set(change.id, { id: change.id, title: change.title, file: domainFeedFile(change.id) });
    }
  }
  return [...feeds.values()];
}

/** The releases as one domain's feed sees them: only its changes, only releases with some. */
export function domainHistory(
  history: readonly ReleaseChanges[],
  domain: string,
): ReleaseChanges[] {
  return history
    .map((release) => ({
      ...release,
      changes: filterChanges(release.changes, { domains: [domain], meetings: [] }),
    }))
    .filter((release) => release.changes.length > 0);
}

/** The releases up to `version` (newest first), and how many later ones are left out. */
export function historyUpTo(
  history: readonly ReleaseChanges[],
  version: string | null,
): { shown: readonly ReleaseChanges[]; later: number } {
  const at = version ? history.findIndex((release) => release.version === version) : -1;
  return at > 0 ? { shown: history.slice(at), later: at } : { shown: history, later: 0 };
}
