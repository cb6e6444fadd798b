// Parses and validates a dataset off the main thread, so that a large file does not freeze the page.
import { parseDatasetText } from './parse-dataset';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(parseDatasetText(event.data));
};
