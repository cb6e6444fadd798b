import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { datasetQueryOptions } from './data/dataset-query';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const queryClient = createQueryClient();

function start() {
  // Drawn at once, so the prerendered view is replaced in the same frame it is unhidden.
  flushSync(() => {
    createRoot(root!).render(
      <StrictMode>
        <App queryClient={queryClient} />
      </StrictMode>,
    );
  });
  root!.removeAttribute('data-prerendered');
  document.documentElement.classList.remove('awaiting-view');
  document.documentElement.setAttribute('data-app-ready', '');
}

// The build writes the default view into the page. Keep it on screen until the data is here, so
// that React replaces it with the same view rather than with a loading state.
if (root.hasAttribute('data-prerendered')) {
  void queryClient.prefetchQuery(datasetQueryOptions()).finally(start);
} else {
  start();
}
