import type { TextCheck, TextParseResult } from './parse-dataset';
import type { Dataset } from './schema';

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
 * Parses and validates a dataset. Validation runs in a Web Worker wherever the platform has one:
 * it is most of the work (and the validator most of the script), so the page stays responsive
 * whatever the size of the file, and loads no validator itself. This thread then only runs
 * JSON.parse: the schema has no transforms, so the text that validated there is the dataset.
 */
/** Where there is no worker (tests), the validator (zod) is loaded here, on its own. */
function loadValidator() {
  return import('./parse-dataset');
}

export async function parseOffMainThread(text: string): Promise<TextParseResult> {
  if (typeof Worker === 'undefined') {
    const { parseDatasetText } = await loadValidator();
    return parseDatasetText(text);
  }
  const verdict = await checkInWorker(text);
  if (!verdict.ok) return verdict;
  const dataset = JSON.parse(text) as Dataset;
  // Let the browser paint between parsing and the first render of so much data.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { ok: true, dataset };
}
