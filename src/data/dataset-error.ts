import type { DatasetProblem } from './dataset-problems';

export type DatasetErrorKind = 'network' | 'timeout' | 'http' | 'json' | 'schema' | 'file';

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
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && (this.status ?? 0) >= 500)
    );
  }
}
