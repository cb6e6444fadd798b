// Writes an Atom feed of the dataset's releases (dist/feed.xml): one entry per kept release, with
// what it added, changed and removed against the one before, computed from the releases
// themselves (src/data/release-diff.ts). The page's head links to it.
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

/** The Atom document: newest release first. */
export function atomFeed(history: readonly ReleaseChanges[]): string {
  const updated = history[0] ? `${history[0].date}T00:00:00Z` : '1970-01-01T00:00:00Z';
  const entries = history.map(
    (release) => `  <entry>
    <id>${FEED_ID}:${xmlEscape(release.version)}</id>
    <title>${xmlEscape(`Release ${release.version} of the dataset`)}</title>
    <updated>${xmlEscape(release.date)}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${xmlEscape(`./?view=changes&v=${release.version}`)}"/>
    <link rel="enclosure" type="application/json" href="${xmlEscape(`data/releases/${release.version}/partnership.json`)}"/>
    <summary type="text">${xmlEscape(summariseRelease(release))}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${FEED_ID}</id>
  <title>EU–Japan Digital Partnership tracker: releases of the dataset</title>
  <subtitle>What each release of the dataset added, changed and removed.</subtitle>
  <updated>${updated}</updated>
  <author><name>EU–Japan Digital Partnership tracker</name></author>
  <link rel="self" type="application/atom+xml" href="feed.xml"/>
  <link rel="alternate" type="text/html" href="./?view=changes"/>
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
  writeFileSync(join(outDir, 'feed.xml'), atomFeed(history));
  console.log(`Wrote ${join(outDir, 'feed.xml')} (${history.length} releases).`);
}
