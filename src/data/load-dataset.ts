import { DatasetError } from './dataset-error';
import { parseOffMainThread } from './parse-off-main-thread';
import type { Dataset } from './schema';

export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** `file` is the name of the reader's file; none for the bundled dataset. */
async function parseOrThrow(text: string, file?: string): Promise<Dataset> {
  const parsed = await parseOffMainThread(text);
  if (parsed.ok) return parsed.dataset;
  throw new DatasetError({ kind: parsed.kind, file }, { problems: parsed.problems });
}

export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<Dataset> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let text: string;
  try {
    const response = await fetch(url, {
      signal: combined,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new DatasetError({
        kind: 'http',
        status: response.status,
        statusText: response.statusText,
      });
    }
    text = await response.text();
  } catch (cause) {
    if (cause instanceof DatasetError) throw cause;
    if (signal?.aborted) throw cause;
    if (timeout.aborted) {
      throw new DatasetError({ kind: 'timeout', seconds: Math.round(timeoutMs / 1000) }, { cause });
    }
    throw new DatasetError({ kind: 'network' }, { cause });
  }
  return parseOrThrow(text);
}

/** Reads a dataset file chosen by the reader. */
export async function readDatasetFile(file: File): Promise<Dataset> {
  if (file.size > MAX_FILE_BYTES) {
    throw new DatasetError({
      kind: 'file',
      file: file.name,
      problem: 'too-large',
      megabytes: Math.round(file.size / 1024 / 1024),
      limit: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  let text: string;
  try {
    text = await file.text();
  } catch (cause) {
    throw new DatasetError({ kind: 'file', file: file.name, problem: 'unreadable' }, { cause });
  }
  return parseOrThrow(text, file.name);
}
