import { z } from 'zod';

/**
 * Every published release of the dataset is kept, byte for byte, in
 * public/data/releases/<version>/partnership.json, and listed in public/data/releases/index.json
 * (written by scripts/releases.ts). A link with `v=<version>` opens that release.
 */

/** A release number as links write it: three numbers, none of them long. */
export const VERSION_PATTERN = /^(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})$/;

export const releaseSchema = z.object({
  version: z.string().regex(VERSION_PATTERN),
  /** The release's `meta.lastUpdated`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The file, relative to the index. */
  path: z.string().regex(/^\d+\.\d+\.\d+\/partnership\.json$/),
});

export const releaseIndexSchema = z.object({
  releases: z.array(releaseSchema).min(1),
});

export type Release = z.infer<typeof releaseSchema>;
export type ReleaseIndex = z.infer<typeof releaseIndexSchema>;

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
  return sortReleases(index.releases).at(-1)!;
}

export function findRelease(index: ReleaseIndex, version: string): Release | undefined {
  return index.releases.find((release) => release.version === version);
}

/** The index's entry for one release folder. */
export function releaseEntry(version: string, lastUpdated: string): Release {
  return { version, date: lastUpdated, path: `${version}/partnership.json` };
}
