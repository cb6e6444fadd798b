import { problemsFromZodError, type DatasetProblem } from './dataset-problems';
import { majorVersion } from './major-version';
import { migrateV1 } from './migrate-v1';
import { datasetSchema, type Dataset } from './schema';

export type ParseResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

export type TextCheck =
  { ok: true } | { ok: false; kind: 'json' | 'schema'; problems: DatasetProblem[] };

export type TextParseResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; kind: 'json' | 'schema'; problems: DatasetProblem[] };

/** The major versions this tracker reads: 2.x as it is, 1.x converted (see migrate-v1.ts). */
export const READABLE_MAJOR_VERSIONS = [1, 2] as const;

export function parseDataset(json: unknown): ParseResult {
  const major = majorVersion(json);
  if (major !== undefined && !(READABLE_MAJOR_VERSIONS as readonly number[]).includes(major)) {
    return {
      ok: false,
      problems: [
        {
          path: '$.meta.version',
          message: `this tracker reads dataset versions 2.x (and converts 1.x); this file is version ${major}`,
        },
      ],
    };
  }
  const result = datasetSchema.safeParse(migrateV1(json));
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
