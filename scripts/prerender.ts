// After `vite build`: writes the default view, rendered from the bundled dataset, into
// dist/index.html, so the first screen needs no script to appear. Another build directory can be
// given as the argument (`tsx scripts/prerender.ts build/`). The page holds no address that
// depends on where it is served: links are query strings, assets come from `vite build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const ROOT = '<div id="root"></div>';
const OUT_DIR = process.argv[2] ?? 'dist';

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
});
try {
  const { renderDefaultView } = (await server.ssrLoadModule('/src/entry-prerender.tsx')) as {
    renderDefaultView: (json: unknown) => string;
  };
  const dataset: unknown = JSON.parse(
    readFileSync(resolve('public/data/partnership.json'), 'utf8'),
  );
  const html = renderDefaultView(dataset);
  const indexPath = resolve(OUT_DIR, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  if (!index.includes(ROOT)) throw new Error(`${indexPath} has no ${ROOT} to fill.`);
  // The entry script is requested by public/boot.js only after the first paint: downloading it
  // earlier would take bandwidth from the page and the stylesheet on a slow connection.
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(index);
  if (!entry) throw new Error(`${indexPath} has no entry module script.`);
  const page = index
    .replace(entry[0], `<meta name="app-entry" content="${entry[1]}">`)
    .replace(ROOT, `<div id="root" data-prerendered="">${html}</div>`);
  writeFileSync(indexPath, page);
  console.log(
    `Prerendered the default view into ${indexPath} (${Math.round(html.length / 1024)} KiB of HTML).`,
  );
} finally {
  await server.close();
}
