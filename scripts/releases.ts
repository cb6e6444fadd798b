// Keeps every release of the dataset: copies the current file (public/data/partnership.json) and
// its JSON Schema, byte for byte, into public/data/releases/<version>/, and writes
// public/data/releases/index.json listing each release folder (version, date = meta.lastUpdated,
// path). A release folder of an older version is never written to.
//   npm run releases
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import {
  releaseEntry,
  sortReleases,
  VERSION_PATTERN,
  type ReleaseIndex,
} from '../src/data/releases';

const DATA = resolve('public/data');
const RELEASES = join(DATA, 'releases');

function metaOf(file: string): { version: string; lastUpdated: string } {
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    meta?: { version?: unknown; lastUpdated?: unknown };
  };
  const { version, lastUpdated } = json.meta ?? {};
  if (typeof version !== 'string' || typeof lastUpdated !== 'string') {
    throw new Error(`${file} has no meta.version or meta.lastUpdated.`);
  }
  return { version, lastUpdated };
}

/** The index as the release folders on disk describe it. */
export function indexOfFolders(releasesDir: string = RELEASES): ReleaseIndex {
  const versions = readdirSync(releasesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const releases = versions.map((folder) => {
    if (!VERSION_PATTERN.test(folder)) throw new Error(`${folder}: not a release number.`);
    const { version, lastUpdated } = metaOf(join(releasesDir, folder, 'partnership.json'));
    if (version !== folder) throw new Error(`${folder}/partnership.json says it is ${version}.`);
    return releaseEntry(version, lastUpdated);
  });
  return { releases: sortReleases(releases) };
}

export function indexText(index: ReleaseIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/releases.ts')) {
  const current = join(DATA, 'partnership.json');
  const { version } = metaOf(current);
  const folder = join(RELEASES, version);
  const target = join(folder, 'partnership.json');
  if (!existsSync(target)) {
    mkdirSync(folder, { recursive: true });
    copyFileSync(current, target);
    copyFileSync(join(DATA, 'partnership.schema.json'), join(folder, 'partnership.schema.json'));
    console.log(`Kept release ${version} in ${folder}.`);
  } else if (!readFileSync(target).equals(readFileSync(current))) {
    throw new Error(
      `Release ${version} is already kept and differs from ${current}: give the changed dataset a new version.`,
    );
  }
  writeFileSync(join(RELEASES, 'index.json'), indexText(indexOfFolders()));
  console.log(`Wrote ${join(RELEASES, 'index.json')}.`);
}
