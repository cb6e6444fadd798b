// What the first view costs in bytes (gzip), read from the built index.html: what blocks the first
// render (stylesheets, classic scripts in <head>), the script the app needs to start (the entry
// module and what it preloads), and what comes later (lazy chunks, the validation worker).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  renderBlocking: { css: number; js: number };
  initialJs: number;
  laterJs: number;
  html: number;
  files: { file: string; gzip: number; when: 'blocking' | 'initial' | 'later' }[];
}

const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((match) => match[1]!.replace(/^\.\//, ''));
  const stylesheets = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const classicScripts = refs(/<script src="([^"]+)"><\/script>/g);
  const modules = [
    ...refs(/<script type="module"[^>]+src="([^"]+)"/g),
    // The prerendered page starts its entry from public/boot.js after the first paint.
    ...refs(/<meta name="app-entry" content="([^"]+)"/g),
  ];
  // The entry's own imports: module preloads in the head, or named for boot.js to request with it.
  const preloads = [
    ...refs(/<link rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...refs(/<meta name="app-module" content="([^"]+)"/g),
  ];

  const files: BundleSizes['files'] = [];
  const add = (file: string, when: BundleSizes['files'][number]['when']) =>
    files.push({ file, gzip: gzipSize(join(dist, file)), when });
  stylesheets.forEach((file) => add(file, 'blocking'));
  classicScripts.forEach((file) => add(file, 'blocking'));
  [...modules, ...preloads].forEach((file) => add(file, 'initial'));
  const listed = new Set(files.map((entry) => entry.file));
  for (const name of readdirSync(join(dist, 'assets'))) {
    const file = `assets/${name}`;
    if (name.endsWith('.js') && !listed.has(file)) add(file, 'later');
  }

  const sum = (when: string, ext: string) =>
    files
      .filter((f) => f.when === when && f.file.endsWith(ext))
      .reduce((total, f) => total + f.gzip, 0);
  return {
    renderBlocking: { css: sum('blocking', '.css'), js: sum('blocking', '.js') },
    initialJs: sum('initial', '.js'),
    laterJs: sum('later', '.js'),
    html: gzipSync(html).length,
    files,
  };
}

/** The same first view with no script at all: the best a page can do. */
export function staticFloorPage(dist: string): string {
  return readFileSync(join(dist, 'index.html'), 'utf8')
    .replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
}
