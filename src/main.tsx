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
const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);

function ready() {
  root.removeAttribute('data-prerendered');
  document.documentElement.classList.remove('awaiting-view');
  document.documentElement.setAttribute('data-app-ready', '');
}

if (!root.hasAttribute('data-prerendered')) {
  createRoot(root).render(app);
  ready();
} else {
  // The build wrote the default view into the page. Wait for the data so that the app draws the
  // same view: for the default address React adopts the markup as it is (hydration, which yields to
  // the browser as it goes); for any other address it draws the asked-for view over it at once.
  void queryClient.prefetchQuery(datasetQueryOptions()).finally(() => {
    const queryData = queryClient.getQueryData(datasetQueryOptions().queryKey);
    if (window.location.search.length <= 1 && queryData) {
      // As a transition, hydration works in slices and lets the browser answer the reader.
      startTransition(() => {
        hydrateRoot(root, app);
      });
    } else {
      // The first render is already the asked-for view: the panels that follow a deferred copy
      // of the filters would otherwise show the default view's figures for a frame.
      const initial = parseView(window.location.search.replace(/^\?/, ''));
      useViewStore.getState().viewReplaced(initial.view, initial.notices);
      flushSync(() => createRoot(root).render(app));
    }
    ready();
  });
}
