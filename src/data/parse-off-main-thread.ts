import { majorVersion } from './major-version';
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
 * JSON.parse and the 1.x conversion: the schema has no transforms, so the converted text that
 * validated there is the dataset.
 */
/** Where there is no worker (tests), the validator (zod) is loaded here, on its own. */
function loadValidator() {
  return import('./parse-dataset');
}

async function sha256Hex(text: string): Promise<string | undefined> {
  // Only in secure contexts (https, localhost); elsewhere the file is simply validated.
  if (typeof crypto === 'undefined' || !crypto.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * `validatedSha256`: the hash of a text the build already validated (the bundled file). When the
 * text has exactly that hash it is only parsed; any other text is validated.
 */
export async function parseOffMainThread(
  text: string,
  validatedSha256?: string,
): Promise<TextParseResult> {
  if (validatedSha256 && (await sha256Hex(text).catch(() => undefined)) === validatedSha256) {
    try {
      const json: unknown = JSON.parse(text);
      // A kept 1.x release is converted, as the build did when it validated it.
      if (majorVersion(json) === 1) {
        const { migrateV1 } = await import('./migrate-v1');
        return { ok: true, dataset: migrateV1(json) as Dataset };
      }
      return { ok: true, dataset: json as Dataset };
    } catch {
      // Cannot happen for the text that was hashed; validated below all the same.
    }
  }
  if (typeof Worker === 'undefined') {
    const { parseDatasetText } = await loadValidator();
    return parseDatasetText(text);
  }
  const verdict = await checkInWorker(text);
  if (!verdict.ok) return verdict;
  // The worker validated the file as converted from 1.x (an older release, a reader's old file):
  // the same conversion here gives the dataset it validated. Loaded only on this path: the bundled
  // file, parsed above, needs none, and the page's start script stays without it.
  const { migrateV1 } = await import('./migrate-v1');
  const dataset = migrateV1(JSON.parse(text)) as Dataset;
  // Let the browser paint between parsing and the first render of so much data.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { ok: true, dataset };
}
