// After `vite build`: writes the default view, rendered from the bundled dataset, into
// dist/index.html, so the first screen needs no script to appear.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const ROOT = '<div id="root"></div>';

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
  const indexPath = resolve('dist/index.html');
  const index = readFileSync(indexPath, 'utf8');
  if (!index.includes(ROOT)) throw new Error(`dist/index.html has no ${ROOT} to fill.`);
  // The entry script is requested by public/boot.js only after the first paint: downloading it
  // earlier would take bandwidth from the page and the stylesheet on a slow connection.
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(index);
  if (!entry) throw new Error('dist/index.html has no entry module script.');
  const page = index
    .replace(entry[0], `<meta name="app-entry" content="${entry[1]}">`)
    .replace(ROOT, `<div id="root" data-prerendered="">${html}</div>`);
  writeFileSync(indexPath, page);
  console.log(
    `Prerendered the default view into dist/index.html (${Math.round(html.length / 1024)} KiB of HTML).`,
  );
} finally {
  await server.close();
}
