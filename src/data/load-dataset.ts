import { DatasetError } from './dataset-error';
import { parseOffMainThread } from './parse-off-main-thread';
import type { Dataset } from './schema';

export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

async function parseOrThrow(text: string, what: string): Promise<Dataset> {
  const parsed = await parseOffMainThread(text);
  if (parsed.ok) return parsed.dataset;
  if (parsed.kind === 'json') {
    throw new DatasetError('json', `${what} is not valid JSON (it may be cut short).`, {
      problems: parsed.problems,
    });
  }
  throw new DatasetError('schema', `${what} does not follow the dataset schema.`, {
    problems: parsed.problems,
  });
}

function httpMessage(status: number, statusText: string): string {
  const answer = `${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 404) return `The dataset was not found on the server (${answer}).`;
  if (status >= 500) return `The server failed to send the dataset (${answer}).`;
  return `The server answered ${answer}.`;
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
      throw new DatasetError('http', httpMessage(response.status, response.statusText), {
        status: response.status,
      });
    }
    text = await response.text();
  } catch (cause) {
    if (cause instanceof DatasetError) throw cause;
    if (signal?.aborted) throw cause;
    if (timeout.aborted) {
      throw new DatasetError(
        'timeout',
        `The server did not send the dataset within ${Math.round(timeoutMs / 1000)} seconds.`,
        { cause },
      );
    }
    throw new DatasetError('network', 'The dataset could not be reached: check the connection.', {
      cause,
    });
  }
  return parseOrThrow(text, 'The dataset');
}

/** Reads a dataset file chosen by the reader. */
export async function readDatasetFile(file: File): Promise<Dataset> {
  if (file.size > MAX_FILE_BYTES) {
    throw new DatasetError(
      'file',
      `“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be opened.`,
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch (cause) {
    throw new DatasetError('file', `“${file.name}” could not be read.`, { cause });
  }
  return parseOrThrow(text, `“${file.name}”`);
}
