// Writes the dataset as a Frictionless Data Package: one CSV table per kind of record,
// datapackage.json and a schema.org description (dataset.jsonld), from public/data/partnership.json.
//   npm run package -- <folder>     (the build writes it into dist/data/)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageFiles } from '../src/data/data-package';
import { parseDatasetText } from '../src/data/parse-dataset';

const SOURCE = 'public/data/partnership.json';
const outDir = resolve(process.argv[2] ?? 'dist/data');

const parsed = parseDatasetText(readFileSync(SOURCE, 'utf8'));
if (!parsed.ok) {
  for (const problem of parsed.problems) console.error(`${problem.path}: ${problem.message}`);
  throw new Error(`${SOURCE} is not a valid dataset: no data package written.`);
}
mkdirSync(outDir, { recursive: true });
const files = packageFiles(parsed.dataset);
for (const [name, text] of files) writeFileSync(join(outDir, name), text);
console.log(`Wrote the data package (${[...files.keys()].join(', ')}) into ${outDir}.`);
