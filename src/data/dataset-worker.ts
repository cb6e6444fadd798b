// Validates a dataset off the main thread, so that a large file does not freeze the page. Only the
// verdict comes back: copying tens of thousands of objects back would cost the main thread as much
// as parsing the text again.
import { checkDatasetText } from './parse-dataset';

self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(checkDatasetText(event.data));
};
