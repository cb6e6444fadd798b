// Writes an Atom feed of the dataset's releases (dist/feed.xml): one entry per kept release, with
// what it added, changed and removed against the one before, computed from the releases
// themselves (src/data/release-diff.ts). The page's head links to it. The same code writes one
// feed per domain (dist/feed-<domain>.xml, src/data/release-feeds.ts) with only the changes that
// touch that domain, listed on the changes page.
//   tsx scripts/atom-feed.ts [dist]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  countChanges,
  RECORD_KINDS,
  releaseHistory,
  type ReleaseChanges,
} from '../src/data/release-diff';
import { parseDatasetText } from '../src/data/parse-dataset';
import { domainFeeds, domainHistory, MAIN_FEED, type DomainFeed } from '../src/data/release-feeds';
import { parseReleaseIndex } from '../src/data/releases';

const FEED_ID = 'urn:eu-japan-digital-partnership-tracker:releases';

/** Text for XML content and attributes: the five special characters escaped, control characters dropped. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const KIND_NAMES: Record<(typeof RECORD_KINDS)[number], string> = {
  commitments: 'commitment',
  meetings: 'meeting',
  events: 'event',
  threads: 'line of work',
  domains: 'domain',
  sources: 'source',
};

/** One release's changes in plain text, a line each. */
export function summariseRelease(release: ReleaseChanges): string {
  const counts = countChanges(release.changes);
  if (release.previous === null) {
    return `The first release kept: ${release.changes.length} records.`;
  }
  const lines = [
    `Against release ${release.previous}: ${counts.added} added, ${counts.changed} changed, ${counts.removed} removed.`,
  ];
  for (const change of release.changes) {
    const what = `${KIND_NAMES[change.kind]} “${change.title.en}” (${change.id})`;
    lines.push(
      change.change === 'changed'
        ? `Changed ${what}: ${change.fields.join(', ')}.`
        : `${change.change === 'added' ? 'Added' : 'Removed'} ${what}.`,
    );
  }
  return lines.join('\n');
}

/** What tells one feed from another: its id, title, file and the page it follows. */
export interface FeedChannel {
  id: string;
  title: string;
  subtitle: string;
  file: string;
  /** The query of the changes page it follows, before `view=changes` (`domains=ai&`), or ''. */
  query: string;
}

export const MAIN_CHANNEL: FeedChannel = {
  id: FEED_ID,
  title: 'EU–Japan Digital Partnership tracker: releases of the dataset',
  subtitle: 'What each release of the dataset added, changed and removed.',
  file: MAIN_FEED,
  query: '',
};

/** The channel of one domain's feed. */
export function domainChannel(feed: DomainFeed): FeedChannel {
  return {
    id: `${FEED_ID}:domain:${feed.id}`,
    title: `EU–Japan Digital Partnership tracker: releases of the dataset, ${feed.title.en}`,
    subtitle: `What each release of the dataset added, changed and removed in ${feed.title.en}.`,
    file: feed.file,
    query: `domains=${encodeURIComponent(feed.id)}&`,
  };
}

/** The Atom document: newest release first. */
export function atomFeed(
  history: readonly ReleaseChanges[],
  channel: FeedChannel = MAIN_CHANNEL,
): string {
  const updated = history[0] ? `${history[0].date}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const entries = history.map(
    (release) => `  <entry>
    <id>${xmlEscape(`${channel.id}:${release.version}`)}</id>
    <title>${xmlEscape(`Release ${release.version} of the dataset`)}</title>
    <updated>${xmlEscape(release.date)}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${xmlEscape(`./?${channel.query}view=changes&v=${release.version}`)}"/>
    <link rel="enclosure" type="application/json" href="${xmlEscape(`data/releases/${release.version}/partnership.json`)}"/>
    <summary type="text">${xmlEscape(summariseRelease(release))}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(channel.id)}</id>
  <title>${xmlEscape(channel.title)}</title>
  <subtitle>${xmlEscape(channel.subtitle)}</subtitle>
  <updated>${updated}</updated>
  <author><name>EU–Japan Digital Partnership tracker</name></author>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(channel.file)}"/>
  <link rel="alternate" type="text/html" href="${xmlEscape(`./?${channel.query}view=changes`)}"/>
${entries.join('\n')}
</feed>
`;
}

/** The history of the releases kept in a data folder (public/data or dist/data). */
export function historyOf(dataDir: string): ReleaseChanges[] {
  const index = parseReleaseIndex(
    JSON.parse(readFileSync(join(dataDir, 'releases', 'index.json'), 'utf8')),
  );
  if (!index) throw new Error(`${dataDir}/releases/index.json is not an index of releases.`);
  return releaseHistory(
    index.releases.map((release) => {
      const file = join(dataDir, 'releases', release.path);
      const parsed = parseDatasetText(readFileSync(file, 'utf8'));
      if (!parsed.ok) throw new Error(`${file} is not a valid dataset.`);
      return { ...release, dataset: parsed.dataset };
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/atom-feed.ts')) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  const history = historyOf(join(outDir, 'data'));
  writeFileSync(join(outDir, MAIN_FEED), atomFeed(history));
  const feeds = domainFeeds(history);
  for (const feed of feeds) {
    writeFileSync(
      join(outDir, feed.file),
      atomFeed(domainHistory(history, feed.id), domainChannel(feed)),
    );
  }
  console.log(
    `Wrote ${join(outDir, MAIN_FEED)} (${history.length} releases) and ${feeds.length} feeds of one domain each.`,
  );
}
