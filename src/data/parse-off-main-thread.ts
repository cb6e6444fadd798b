import { parseDatasetText, type TextParseResult } from './parse-dataset';

/**
 * Parses in a Web Worker where the platform has one (browsers), on this thread otherwise (tests).
 * A 10 MB file takes a second or more to validate: in a worker the page stays responsive meanwhile.
 */
export function parseOffMainThread(text: string): Promise<TextParseResult> {
  if (typeof Worker === 'undefined') return Promise.resolve(parseDatasetText(text));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<TextParseResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The dataset could not be read.'));
    };
    worker.postMessage(text);
  });
}
