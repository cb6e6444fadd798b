/**
 * Every published release of the dataset is kept, byte for byte, in
 * public/data/releases/<version>/partnership.json, and listed in public/data/releases/index.json
 * (written by scripts/releases.ts). A link with `v=<version>` opens that release.
 */

/** A release number as links write it: three numbers without leading zeros, none of them long. */
export const VERSION_PATTERN = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface Release {
  version: string;
  /** The release's `meta.lastUpdated`. */
  date: string;
  /** The file, relative to the index: `<version>/partnership.json`. */
  path: string;
}

export interface ReleaseIndex {
  /** Oldest first. */
  releases: Release[];
}

/** Orders two release numbers: negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Oldest first. */
export function sortReleases(releases: readonly Release[]): Release[] {
  return [...releases].sort((a, b) => compareVersions(a.version, b.version));
}

export function latestRelease(index: ReleaseIndex): Release {
  return index.releases.at(-1)!;
}

export function findRelease(index: ReleaseIndex, version: string): Release | undefined {
  return index.releases.find((release) => release.version === version);
}

/** The index's entry for one release folder. */
export function releaseEntry(version: string, lastUpdated: string): Release {
  return { version, date: lastUpdated, path: `${version}/partnership.json` };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The index of releases, or null when the text is not one. Only entries of the expected shape are
 * kept, and each path is rebuilt from its version: nothing in the file chooses what is requested.
 */
export function parseReleaseIndex(json: unknown): ReleaseIndex | null {
  if (!isObject(json) || !Array.isArray(json.releases)) return null;
  const releases: Release[] = [];
  for (const entry of json.releases) {
    if (!isObject(entry)) return null;
    const { version, date } = entry;
    if (typeof version !== 'string' || !VERSION_PATTERN.test(version)) return null;
    if (typeof date !== 'string' || !DATE_PATTERN.test(date)) return null;
    if (releases.some((release) => release.version === version)) return null;
    releases.push(releaseEntry(version, date));
  }
  return releases.length > 0 ? { releases: sortReleases(releases) } : null;
}
