// After `vite build`: writes the default view, rendered from the bundled dataset, into
// dist/index.html, so the first screen needs no script to appear; and the views a shared or
// embedded link most often names (src/entry-prerender.tsx: Japanese, the comparison, About, one
// domain, one meeting, a pinned release, embedded views) and each commitment's dialog in each
// language into files of their own (dist/views/), which public/boot.js requests and puts in place
// of the default view, still hidden, when the address is one of them: the home page carries none of their weight but a line each in
// its head. The dataset's address and SHA-256 go into a <meta>: public/boot.js requests the file
// at once, and the app, finding the same bytes that were validated here, skips validating them
// again; the same for every kept release (a pinned link). Another build directory can be given as
// the argument (`tsx scripts/prerender.ts build/`). The page holds no address that depends on
// where it is served: links are query strings, assets come from `vite build`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { staticImportsOf } from './static-imports';

const ROOT = '<div id="root"></div>';
const BOOT = /<script src="([^"]*)boot\.js"><\/script>/;
const fileName = (href: string) => href.replace(/^.*\//, '');
const STYLESHEET = /[ \t]*<link rel="stylesheet" crossorigin href="[^"]+">\n?/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g;
const DATASET = 'data/partnership.json';
const RELEASES = 'data/releases';
/** Parts by their script's name, and the key of the address that draws them ('' for any). */
const PARTS = [
  { chunk: /^panels-[\w-]+\.js$/, when: '' },
  { chunk: /^ComparePage-[\w-]+\.js$/, when: 'view=compare' },
  { chunk: /^CommitmentDialog-[\w-]+\.js$/, when: 'item=' },
];

const attribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const OUT_DIR = process.argv[2] ?? 'dist';

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { renderViews } = (await server.ssrLoadModule(
    '/src/entry-prerender.tsx',
  )) as typeof import('../src/entry-prerender');
  // The file as it is served: what the browser hashes is these bytes.
  const bytes = readFileSync(resolve(OUT_DIR, DATASET));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Every kept release too: the views pinning one (v=) are drawn, and its hash is named below.
  const releaseIndex = JSON.parse(
    readFileSync(resolve(OUT_DIR, RELEASES, 'index.json'), 'utf8'),
  ) as { releases: { version: string; path: string }[] };
  const releaseBytes = new Map(
    releaseIndex.releases.map(({ version, path }) => [
      version,
      { file: `${RELEASES}/${path}`, bytes: readFileSync(resolve(OUT_DIR, RELEASES, path)) },
    ]),
  );
  const releaseJson = new Map(
    [...releaseBytes].map(([version, { bytes }]) => [version, JSON.parse(bytes.toString('utf8'))]),
  );
  // Throws unless the files follow the schema: only validated files get their hash into the page.
  const { html, others, dialogs, titleJa } = await renderViews(
    JSON.parse(bytes.toString('utf8')),
    releaseIndex,
    releaseJson,
  );
  const indexPath = resolve(OUT_DIR, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  if (!index.includes(ROOT)) throw new Error(`${indexPath} has no ${ROOT} to fill.`);
  // The entry script is requested by public/boot.js: for the default address only after the first
  // paint, since downloading it earlier would take bandwidth from the page and the stylesheet on a
  // slow connection; for a view the build drew, as that view is put in place; for any other
  // address at once. Named before boot.js, which reads it.
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(index);
  if (!entry) throw new Error(`${indexPath} has no entry module script.`);
  const boot = BOOT.exec(index);
  if (!boot) throw new Error(`${indexPath} has no boot.js script.`);
  // Read by boot.js, so written before it.
  mkdirSync(resolve(OUT_DIR, 'views'), { recursive: true });
  const viewMetas = others.map((view) => {
    const file = `views/${view.query.replace(/=/g, '-').replace(/&/g, '_')}.html`;
    writeFileSync(resolve(OUT_DIR, file), view.html);
    return `<meta name="prerendered-view" content="${boot[1]}${file}" data-query="${attribute(view.query)}">\n    `;
  });
  // One file per commitment of the bundled dataset and language (its ids are file-name safe and have
  // no dot: ID_PATTERN), named by one line: boot.js requests `${prefix}<id>.html` for an address
  // that is `item=<id>` alone, `${prefix}<id>.ja.html` for `item=<id>` and `lang=ja`.
  for (const dialog of dialogs) {
    const file = `views/item-${dialog.id}${dialog.lang === 'en' ? '' : `.${dialog.lang}`}.html`;
    writeFileSync(resolve(OUT_DIR, file), dialog.html);
  }
  viewMetas.push(`<meta name="prerendered-dialogs" content="${boot[1]}views/item-">\n    `);
  // So that a link pinning a release (v=) skips validating it again.
  const releases = [...releaseBytes.values()].map(({ file, bytes: released }) => {
    const hash = createHash('sha256').update(released).digest('hex');
    return `<meta name="validated-release" content="${boot[1]}${file}" data-sha256="${hash}">\n    `;
  });
  // Vite names the entry's own imports as module preloads in the head. Requested there, they would
  // take the connection from the stylesheet and the page before the first paint: boot.js requests
  // them beside the entry instead, when it requests the entry.
  const modulePreloads = [...index.matchAll(MODULE_PRELOAD)];
  const withEntry = new Set([entry[1]!, ...modulePreloads.map((link) => link[1]!)].map(fileName));
  // The scripts of the parts an address other than the default one draws at once (src/app/lazy-parts.ts)
  // and those they import: public/boot.js requests them beside the app's own script, not after it.
  const assets = readdirSync(resolve(OUT_DIR, 'assets'));
  const forEveryAddress = new Set<string>();
  const parts = PARTS.flatMap(({ chunk, when }) => {
    const file = assets.find((name) => chunk.test(name));
    if (!file) throw new Error(`No script in ${OUT_DIR}/assets matches ${chunk}.`);
    const scripts = [file, ...staticImportsOf(resolve(OUT_DIR, 'assets'), file)].filter(
      (part) => !withEntry.has(part) && !forEveryAddress.has(part),
    );
    if (when === '') scripts.forEach((part) => forEveryAddress.add(part));
    return scripts.map(
      (part) =>
        `<meta name="app-part" content="${boot[1]}assets/${part}" data-when="${when}">\n    `,
    );
  });
  const metas =
    `<meta name="app-entry" content="${entry[1]}">\n    ` +
    modulePreloads.map((link) => `<meta name="app-module" content="${link[1]}">\n    `).join('') +
    `<meta name="dataset" content="${boot[1]}${DATASET}" data-sha256="${sha256}">\n    ` +
    releases.join('') +
    parts.join('') +
    `<meta name="title-ja" content="${attribute(titleJa)}">\n    ` +
    viewMetas.join('');
  // The stylesheet before boot.js. Where Vite puts it, last in the head, the requests boot.js makes
  // for an address other than the default (the view, the app, the data) went ahead of it, and the
  // page was laid out whole, without the rule that hides the default view, before it arrived. Now
  // boot.js runs once the stylesheet is there (a stylesheet holds back the scripts after it); both
  // are requested together as the page's head is read, and are of about the same size.
  const stylesheets = [...index.matchAll(STYLESHEET)];
  const page = [...modulePreloads, ...stylesheets]
    .reduce((page, link) => page.replace(link[0], ''), index)
    .replace(
      boot[0],
      `${stylesheets.map((link) => `${link[0].trim()}\n    `).join('')}${metas}${boot[0]}`,
    )
    .replace(entry[0], '')
    .replace(ROOT, `<div id="root" data-prerendered="">${html}</div>`);
  writeFileSync(indexPath, page);
  const kib = (text: string) => Math.round(text.length / 1024);
  const sizes = others.map((view) => kib(view.html));
  console.log(
    `Prerendered the default view into ${indexPath} (${kib(html)} KiB of HTML), and ` +
      `${others.length} more views and ${dialogs.length} commitments' dialogs (in each language) into ${OUT_DIR}/views/ ` +
      `(views of ${Math.min(...sizes)}–${Math.max(...sizes)} KiB each).`,
  );
} finally {
  await server.close();
}
