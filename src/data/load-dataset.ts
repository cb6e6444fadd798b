import { DatasetError } from './dataset-error';
import { parseOffMainThread } from './parse-off-main-thread';
import { parseReleaseIndex, type ReleaseIndex } from './releases';
import type { Dataset } from './schema';

export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The request public/boot.js may already have made for the bundled dataset, taken once: the page
 * asks for the file as early as it can, before this script has even arrived.
 */
function takeEarlyRequest(url: string): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const early = (window as { __earlyDataset?: { url: string; response: Promise<Response> } })
    .__earlyDataset;
  if (!early || early.url !== new URL(url, document.baseURI).href) return undefined;
  delete (window as { __earlyDataset?: unknown }).__earlyDataset;
  return early.response;
}

/** The SHA-256 of the bundled file as the build validated it (scripts/prerender.ts), if known. */
function validatedSha256(url: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const meta = document.querySelector('meta[name="dataset"]');
  const content = meta?.getAttribute('content');
  if (!meta || !content) return undefined;
  if (new URL(content, document.baseURI).href !== new URL(url, document.baseURI).href) {
    return undefined;
  }
  return meta.getAttribute('data-sha256') ?? undefined;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    promise.then(resolve, reject);
  });
}

/** `file` is the name of the reader's file; none for the bundled dataset. */
async function parseOrThrow(text: string, file?: string, sha256?: string): Promise<Dataset> {
  const parsed = await parseOffMainThread(text, sha256);
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
    const early = takeEarlyRequest(url);
    const response = early
      ? await abortable(early, combined)
      : await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
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
  return parseOrThrow(text, undefined, validatedSha256(url));
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

/** The index of kept releases (public/data/releases/index.json); an unreadable index is a `json` error. */
export async function fetchReleaseIndex(
  url: string,
  signal?: AbortSignal,
  timeoutMs: number = FETCH_TIMEOUT_MS,
): Promise<ReleaseIndex> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    if (timeout.aborted) {
      throw new DatasetError({ kind: 'timeout', seconds: Math.round(timeoutMs / 1000) }, { cause });
    }
    throw new DatasetError({ kind: 'network' }, { cause });
  }
  if (!response.ok) {
    throw new DatasetError({
      kind: 'http',
      status: response.status,
      statusText: response.statusText,
    });
  }
  let index: ReleaseIndex | null;
  try {
    index = parseReleaseIndex(JSON.parse(await response.text()));
  } catch {
    index = null;
  }
  if (!index) {
    throw new DatasetError(
      { kind: 'json' },
      { problems: [{ path: '$.releases', message: 'not a list of releases' }] },
    );
  }
  return index;
}
