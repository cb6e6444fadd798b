import { DatasetError } from './dataset-error';
import { parseOffMainThread } from './parse-off-main-thread';
import { parseReleaseIndex, type ReleaseIndex } from './releases';
import type { Dataset } from './schema';

/** How long one request may take, headers and body together. */
export const ATTEMPT_TIMEOUT_MS = 8_000;
/** How long the reader waits in all, every attempt and the pauses between them included. */
export const TOTAL_BUDGET_MS = 20_000;
/** Pauses before the second and third attempts. */
const RETRY_PAUSES_MS = [1_000, 2_000];
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * A request public/boot.js may already have made for this address (the dataset, or a pinned
 * release and the index of releases), taken once: the page asks for the files as early as it can,
 * before this script has even arrived.
 */
function takeEarlyRequest(url: string): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const early = (window as { __earlyRequests?: Record<string, Promise<Response> | undefined> })
    .__earlyRequests;
  const href = new URL(url, document.baseURI).href;
  const response = early?.[href];
  if (early) delete early[href];
  return response;
}

/**
 * The SHA-256 of a file as the build validated it (scripts/prerender.ts: the bundled dataset and
 * every kept release), if known.
 */
function validatedSha256(url: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const href = new URL(url, document.baseURI).href;
  for (const meta of document.querySelectorAll(
    'meta[name="dataset"], meta[name="validated-release"]',
  )) {
    const content = meta.getAttribute('content');
    if (content && new URL(content, document.baseURI).href === href) {
      return meta.getAttribute('data-sha256') ?? undefined;
    }
  }
  return undefined;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    promise.then(resolve, reject);
  });
}

/**
 * A signal that aborts after `ms`. Built on setTimeout (not AbortSignal.timeout) so that fake
 * clocks, in unit tests and in the browser tests, move it too.
 */
function timeoutSignal(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('The request took too long', 'TimeoutError')),
    ms,
  );
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** Whether the browser knew it had no network when a request failed. */
function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}

/** `file` is the name of the reader's file; none for the bundled dataset. */
async function parseOrThrow(text: string, file?: string, sha256?: string): Promise<Dataset> {
  const parsed = await parseOffMainThread(text, sha256);
  if (parsed.ok) return parsed.dataset;
  throw new DatasetError({ kind: parsed.kind, file }, { problems: parsed.problems });
}

/**
 * One request for the dataset, given up after `timeoutMs` whether the headers never come or the
 * body trickles in. `startedAt` is when the reader began to wait: a timeout names that real time.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  timeoutMs: number = ATTEMPT_TIMEOUT_MS,
  startedAt: number = Date.now(),
): Promise<Dataset> {
  const timeout = timeoutSignal(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  let text: string;
  let responded = false;
  try {
    const early = takeEarlyRequest(url);
    const response = early
      ? await abortable(early, combined)
      : await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
    responded = true;
    if (!response.ok) {
      throw new DatasetError({
        kind: 'http',
        status: response.status,
        statusText: response.statusText,
      });
    }
    // The early request was made without this signal: the body is raced against it too.
    text = await abortable(response.text(), combined);
  } catch (cause) {
    if (cause instanceof DatasetError) throw cause;
    if (signal?.aborted) throw cause;
    if (timeout.signal.aborted) {
      const seconds = Math.round((Date.now() - startedAt) / 1000);
      throw new DatasetError({ kind: 'timeout', seconds }, { cause });
    }
    // The server answered, then the body could not be read (a corrupt compressed body, a
    // connection the server cut): not the reader's connection.
    if (responded) throw new DatasetError({ kind: 'broken' }, { cause });
    // No answer the browser would hand over: no network, a server out of reach, or an answer it
    // refused (a redirect loop). Only the first is the reader's connection.
    throw new DatasetError({ kind: 'network', offline: browserOffline() }, { cause });
  } finally {
    timeout.clear();
  }
  return parseOrThrow(text, undefined, validatedSha256(url));
}

/**
 * The bundled dataset, with what may heal by itself (network, timeout, 5xx) tried again — all
 * within one deadline: the reader has an answer, the data or a true error, within
 * `TOTAL_BUDGET_MS`.
 */
export async function loadDataset(
  url: string,
  signal?: AbortSignal,
  { attemptMs = ATTEMPT_TIMEOUT_MS, totalMs = TOTAL_BUDGET_MS } = {},
): Promise<Dataset> {
  const startedAt = Date.now();
  const deadline = startedAt + totalMs;
  for (let attempt = 0; ; attempt++) {
    const remaining = deadline - Date.now();
    try {
      return await fetchDataset(url, signal, Math.min(attemptMs, remaining), startedAt);
    } catch (error) {
      const pauseMs = RETRY_PAUSES_MS[attempt];
      const transient = error instanceof DatasetError && error.isTransient;
      // Only retry when another attempt still has time to run after the pause.
      if (!transient || pauseMs === undefined || deadline - Date.now() - pauseMs < 1_000) {
        throw error;
      }
      await pause(pauseMs, signal);
    }
  }
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
  timeoutMs: number = ATTEMPT_TIMEOUT_MS,
): Promise<ReleaseIndex> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    const early = takeEarlyRequest(url);
    response = early
      ? await abortable(early, combined)
      : await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    if (timeout.aborted) {
      throw new DatasetError({ kind: 'timeout', seconds: Math.round(timeoutMs / 1000) }, { cause });
    }
    throw new DatasetError({ kind: 'network', offline: browserOffline() }, { cause });
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
