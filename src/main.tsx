import { startTransition, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { readEarlyInput, type EarlyInput } from './app/early-input';
import { forwardLateFile } from './app/late-file';
import { preloadParts } from './app/lazy-parts';
import { createQueryClient } from './app/query-client';
import {
  datasetQueryOptions,
  releaseDatasetQueryOptions,
  releaseIndexQueryOptions,
} from './data/dataset-query';
import { parseView } from './state/url-codec';
import { viewUrl } from './state/view-url';
import { useViewStore } from './state/view-store';
import './styles.css';

const root = document.getElementById('root')!;
const queryClient = createQueryClient();
const addressed = parseView(window.location.search.replace(/^\?/, ''));
// The parts of the view kept out of this script are requested now, beside the dataset.
const partsReady = preloadParts(addressed.view, addressed.notices.length > 0);

/** A file the reader chose in the page before the app ran (public/boot.js), taken once. */
function takeEarlyFile(): File | undefined {
  const early = window as { __earlyDatasetFile?: File };
  const file = early.__earlyDatasetFile;
  delete early.__earlyDatasetFile;
  return file;
}

const appWith = (earlyFile?: File) => (
  <StrictMode>
    <App queryClient={queryClient} earlyFile={earlyFile} />
  </StrictMode>
);
const app = appWith();

let started = false;
function ready() {
  started = true;
  root.removeAttribute('data-prerendered');
  document.documentElement.classList.remove('awaiting-view');
  document.documentElement.setAttribute('data-app-ready', '');
  document.getElementById('boot-loading')?.remove();
}

/**
 * Draws the app over the page now, without waiting for the dataset: the view the address asks for,
 * with what the reader ticked or typed on the prerendered page since (src/app/early-input.ts).
 */
function startNow(earlyFile?: File, input: EarlyInput = readEarlyInput(root)) {
  useViewStore.getState().viewReplaced(addressed.view, addressed.notices);
  if (input.changed) {
    input.apply(useViewStore.getState);
    // The address says so too: the app reads the view from it as it starts (use-url-sync.ts).
    const { pathname, hash } = window.location;
    window.history.replaceState(
      null,
      '',
      `${viewUrl(pathname, useViewStore.getState().view)}${hash}`,
    );
  }
  forwardLateFile(root);
  flushSync(() => createRoot(root).render(appWith(earlyFile)));
  ready();
  input.restoreFocus();
}

const earlyFile = takeEarlyFile();
if (!root.hasAttribute('data-prerendered')) {
  createRoot(root).render(appWith(earlyFile));
  ready();
} else if (earlyFile) {
  startNow(earlyFile);
} else {
  // The reader opened a file of their own while the dataset was awaited: it is opened at once.
  window.addEventListener(
    'early-dataset-file',
    () => {
      const file = takeEarlyFile();
      if (!started && file) startNow(file);
    },
    { once: true },
  );
  // The build wrote the default view into the page. Wait for the data so that the app draws the
  // same view: for the default address React adopts the markup as it is (hydration, which yields to
  // the browser as it goes); for any other address it draws the asked-for view over it at once.
  // The parts kept out of this script (src/app/lazy-parts.ts) too, so that the view is drawn whole.
  // A link that pins a release (v=) needs that release and the index of releases, not the latest.
  const pinned = addressed.view.version;
  const dataReady = pinned
    ? Promise.all([
        queryClient.prefetchQuery(releaseIndexQueryOptions()),
        queryClient.prefetchQuery(releaseDatasetQueryOptions(pinned)),
      ])
    : queryClient.prefetchQuery(datasetQueryOptions());
  void Promise.all([dataReady, partsReady]).finally(() => {
    if (started) return;
    const queryData = queryClient.getQueryData(datasetQueryOptions().queryKey);
    // A filter changed on the prerendered page: the markup no longer shows the address's view.
    const input = readEarlyInput(root);
    if (window.location.search.length <= 1 && queryData && !input.changed) {
      // As a transition, hydration works in slices and lets the browser answer the reader.
      startTransition(() => {
        hydrateRoot(root, app);
      });
      ready();
    } else {
      // The first render is already the asked-for view: the panels that follow a deferred copy
      // of the filters would otherwise show the default view's figures for a frame.
      startNow(undefined, input);
    }
  });
}
