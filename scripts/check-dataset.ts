// Checks a dataset file against the schema, references and rules of evidence included:
//   npx tsx scripts/check-dataset.ts [file]   (default: public/data/partnership.json)
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../src/data/parse-dataset';

const file = process.argv[2] ?? 'public/data/partnership.json';
const parsed = parseDatasetText(readFileSync(file, 'utf8'));
if (parsed.ok) {
  const { meetings, events, commitments, sources } = parsed.dataset;
  console.log(
    `${file}: valid (${meetings.length} meetings, ${events.length} events, ${commitments.length} commitments, ${sources.length} sources)`,
  );
} else {
  for (const problem of parsed.problems) console.log(`${problem.path}: ${problem.message}`);
  console.log(`${file}: ${parsed.problems.length} problem(s)`);
  process.exitCode = 1;
}
