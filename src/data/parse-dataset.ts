import { problemsFromZodError, type DatasetProblem } from './dataset-problems';
import { datasetSchema, type Dataset } from './schema';

export type ParseResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

export type TextCheck =
  { ok: true } | { ok: false; kind: 'json' | 'schema'; problems: DatasetProblem[] };

export type TextParseResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; kind: 'json' | 'schema'; problems: DatasetProblem[] };

export function parseDataset(json: unknown): ParseResult {
  const result = datasetSchema.safeParse(json);
  return result.success
    ? { ok: true, dataset: result.data }
    : { ok: false, problems: problemsFromZodError(result.error) };
}

/** From the text of a file to a validated dataset, or the reasons it is not one. */
export function parseDatasetText(text: string): TextParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, kind: 'json', problems: [{ path: '$', message: detail }] };
  }
  const parsed = parseDataset(json);
  return parsed.ok ? parsed : { ok: false, kind: 'schema', problems: parsed.problems };
}

/** Only the verdict: what a worker sends back, small whatever the size of the file. */
export function checkDatasetText(text: string): TextCheck {
  const parsed = parseDatasetText(text);
  return parsed.ok ? { ok: true } : parsed;
}
