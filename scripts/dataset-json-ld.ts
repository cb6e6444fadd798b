// Writes the schema.org Dataset description (src/data/dataset-json-ld.ts, the generator of
// data/dataset.jsonld too) into the page's head as a `<script type="application/ld+json">` data
// block (through the Vite plugin in dataset-json-ld-plugin.ts). A data block is never run, so the
// Content-Security-Policy (no inline script) holds.
//   tsx scripts/dataset-json-ld.ts [base]     prints the block's text for a page built with base
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetJsonLd, jsonLdScriptText } from '../src/data/dataset-json-ld';
import { packageTables } from '../src/data/package-tables';
import { parseDatasetText } from '../src/data/parse-dataset';
import { parseReleaseIndex } from '../src/data/releases';

const DATASET = 'public/data/partnership.json';
const RELEASES = 'public/data/releases/index.json';

/** Where the data files are, seen from the page: 'data/' for a relative build, else under the base. */
export function dataBase(base: string): string {
  return base === './' || base === '' ? 'data/' : `${base.replace(/\/*$/, '/')}data/`;
}

/** The JSON-LD text of the bundled dataset, for a page built with `base`. */
export function pageJsonLd(base: string): string {
  const parsed = parseDatasetText(readFileSync(DATASET, 'utf8'));
  if (!parsed.ok) throw new Error(`${DATASET} is not a valid dataset: no JSON-LD written.`);
  const index = parseReleaseIndex(JSON.parse(readFileSync(RELEASES, 'utf8')));
  const published = index?.releases[0]?.date;
  return jsonLdScriptText(
    datasetJsonLd(parsed.dataset, packageTables(parsed.dataset), {
      base: dataBase(base),
      ...(published ? { published } : {}),
    }),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/dataset-json-ld.ts')) {
  process.stdout.write(pageJsonLd(process.argv[2] ?? './'));
}
