import { problemsFromZodError, type DatasetProblem } from './dataset-problems';
import { datasetSchema, type Dataset } from './schema';

export type DatasetErrorKind = 'network' | 'http' | 'json' | 'schema';

/** Why a dataset could not be used, in terms a reader can act on. */
export class DatasetError extends Error {
  readonly kind: DatasetErrorKind;
  readonly status: number | undefined;
  readonly problems: DatasetProblem[];

  constructor(
    kind: DatasetErrorKind,
    message: string,
    options: { status?: number; problems?: DatasetProblem[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DatasetError';
    this.kind = kind;
    this.status = options.status;
    this.problems = options.problems ?? [];
  }

  /** Worth retrying automatically: the network or the server failed, not the file itself. */
  get isTransient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && (this.status ?? 0) >= 500);
  }
}

export type ParseResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

export function parseDataset(json: unknown): ParseResult {
  const result = datasetSchema.safeParse(json);
  return result.success
    ? { ok: true, dataset: result.data }
    : { ok: false, problems: problemsFromZodError(result.error) };
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError('network', 'The dataset could not be reached.', { cause });
  }
  if (!response.ok) {
    throw new DatasetError(
      'http',
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      { status: response.status },
    );
  }

  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (cause) {
    throw new DatasetError('json', 'The dataset is not valid JSON (it may be cut short).', {
      cause,
    });
  }

  const parsed = parseDataset(json);
  if (!parsed.ok) {
    throw new DatasetError('schema', 'The dataset does not follow the schema.', {
      problems: parsed.problems,
    });
  }
  return parsed.dataset;
}
