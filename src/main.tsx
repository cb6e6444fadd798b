import { startTransition, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { datasetQueryOptions } from './data/dataset-query';
import { parseView } from './state/url-codec';
import { useViewStore } from './state/view-store';
import './styles.css';

const root = document.getElementById('root')!;
const queryClient = createQueryClient();

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

/** Draws the app over the page now, without waiting for the dataset. */
function startNow(earlyFile?: File) {
  const initial = parseView(window.location.search.replace(/^\?/, ''));
  useViewStore.getState().viewReplaced(initial.view, initial.notices);
  flushSync(() => createRoot(root).render(appWith(earlyFile)));
  ready();
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
  void queryClient.prefetchQuery(datasetQueryOptions()).finally(() => {
    if (started) return;
    const queryData = queryClient.getQueryData(datasetQueryOptions().queryKey);
    if (window.location.search.length <= 1 && queryData) {
      // As a transition, hydration works in slices and lets the browser answer the reader.
      startTransition(() => {
        hydrateRoot(root, app);
      });
      ready();
    } else {
      // The first render is already the asked-for view: the panels that follow a deferred copy
      // of the filters would otherwise show the default view's figures for a frame.
      startNow();
    }
  });
}
