import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../src/data/parse-dataset';
import { parseReleaseIndex } from '../src/data/releases';
import { indexOfFolders, indexText } from './releases';

const RELEASES = resolve('public/data/releases');
const read = (path: string) => readFileSync(resolve(path));

describe('the kept releases', () => {
  it('index.json lists every release folder, as scripts/releases.ts writes it', () => {
    const text = read('public/data/releases/index.json').toString('utf8');
    const index = parseReleaseIndex(JSON.parse(text))!;
    const folders = readdirSync(RELEASES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(index.releases.map((release) => release.version).sort()).toEqual(folders);
    expect(text).toBe(indexText(indexOfFolders(RELEASES)));
  });

  it('keeps the current dataset as its own release, byte for byte (run npm run releases)', () => {
    const current = read('public/data/partnership.json');
    const { version } = (JSON.parse(current.toString('utf8')) as { meta: { version: string } })
      .meta;
    expect(read(`public/data/releases/${version}/partnership.json`).equals(current)).toBe(true);
  });

  it('never changes a published release', () => {
    const sha = createHash('sha256')
      .update(read('public/data/releases/1.1.0/partnership.json'))
      .digest('hex');
    expect(sha).toBe(SHA_1_1_0);
  });

  it('every release opens through the loading path (1.x converted)', () => {
    for (const release of indexOfFolders(RELEASES).releases) {
      const parsed = parseDatasetText(
        read(`public/data/releases/${release.path}`).toString('utf8'),
      );
      expect(parsed.ok, release.version).toBe(true);
    }
  });
});

/** The SHA-256 of release 1.1.0 as it was published. */
const SHA_1_1_0 = '733604b39fa6a601dd36532e4b6dd53a5b888f3759c4c50afd96771e20eaa809';
