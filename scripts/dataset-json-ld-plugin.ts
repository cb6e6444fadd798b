// The Vite plugin that puts the schema.org Dataset description (scripts/dataset-json-ld.ts) at the
// end of the page's head as a JSON-LD data block, in the build only (like the
// Content-Security-Policy). The build injects it into dist/index.html, before the prerender derives
// the other pages from that file. The generator runs in its own process (tsx), so that the config
// imports no module of the app.
import { execFileSync } from 'node:child_process';
import type { Plugin } from 'vite';

export function datasetJsonLdPlugin(): Plugin {
  let base = './';
  let root = process.cwd();
  let text: string | undefined;
  return {
    name: 'dataset-json-ld',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      root = config.root;
    },
    transformIndexHtml() {
      text ??= execFileSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/dataset-json-ld.ts', base],
        { encoding: 'utf8', cwd: root },
      );
      return [
        {
          tag: 'script',
          attrs: { type: 'application/ld+json', id: 'dataset-json-ld' },
          children: text,
          injectTo: 'head',
        },
      ];
    },
  };
}
