import type { DatasetProblem } from './dataset-problems';

/**
 * Why a dataset could not be used, as data: the page says it in the reader's language
 * (datasetErrorParts, src/i18n/dataset-error-text.ts). `file` names the reader's own file;
 * without it, the bundled dataset.
 */
export type DatasetErrorReason =
  /**
   * The request failed before any answer: the browser gives the page one error for no network, a
   * server that cannot be reached and an answer it refuses (a redirect loop, a blocked redirect),
   * so only `offline` (the browser knew it had no network) tells them apart.
   */
  | { kind: 'network'; offline: boolean }
  /** The server answered, but its body could not be read (corrupt, cut off by the server). */
  | { kind: 'broken' }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'json'; file?: string }
  | { kind: 'schema'; file?: string }
  | { kind: 'file'; file: string; problem: 'unreadable' }
  | { kind: 'file'; file: string; problem: 'too-large'; megabytes: number; limit: number };

export type DatasetErrorKind = DatasetErrorReason['kind'];

/** Why a dataset could not be used, in terms a reader can act on. */
export class DatasetError extends Error {
  readonly reason: DatasetErrorReason;
  readonly problems: DatasetProblem[];

  constructor(
    reason: DatasetErrorReason,
    options: { problems?: DatasetProblem[]; cause?: unknown } = {},
  ) {
    // The message is for logs and the console; the page words the reason itself.
    super(logMessage(reason), { cause: options.cause });
    this.name = 'DatasetError';
    this.reason = reason;
    this.problems = options.problems ?? [];
  }

  get kind(): DatasetErrorKind {
    return this.reason.kind;
  }

  get status(): number | undefined {
    return this.reason.kind === 'http' ? this.reason.status : undefined;
  }

  /** Worth retrying automatically: the network or the server failed, not the file itself. */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'broken' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}

/** The reason in one line for a log: "Dataset error (timeout): seconds 15". */
function logMessage(reason: DatasetErrorReason): string {
  const details = Object.entries(reason)
    .filter(([key]) => key !== 'kind')
    .map(([key, value]) => `${key} ${String(value)}`);
  return `Dataset error (${reason.kind})${details.length > 0 ? `: ${details.join(', ')}` : ''}`;
}
