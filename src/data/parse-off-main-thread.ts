import { parseDatasetText, type TextCheck, type TextParseResult } from './parse-dataset';
import type { Dataset } from './schema';

/** Below this size a file is validated here at once: starting a worker would cost more. */
export const WORKER_THRESHOLD_BYTES = 1_000_000;

function checkInWorker(text: string): Promise<TextCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<TextCheck>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The dataset could not be checked.'));
    };
    worker.postMessage(text);
  });
}

/**
 * Parses and validates a dataset. Large texts are validated in a Web Worker (where the platform has
 * one), which is most of the work; this thread then only runs JSON.parse. The schema has no
 * transforms, so the text that validated there is, parsed here, the dataset.
 */
export async function parseOffMainThread(text: string): Promise<TextParseResult> {
  if (typeof Worker === 'undefined' || text.length < WORKER_THRESHOLD_BYTES) {
    return parseDatasetText(text);
  }
  const verdict = await checkInWorker(text);
  if (!verdict.ok) return verdict;
  const dataset = JSON.parse(text) as Dataset;
  // Let the browser paint between parsing and the first render of so much data.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { ok: true, dataset };
}
