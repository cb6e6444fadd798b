// For component tests of the whole app: a server that answers with a given dataset, and the app
// opened at an address.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../app/App';
import { preloadAllParts } from '../app/lazy-parts';

// The app requests the parts of the page kept out of its start script as it starts (src/main.tsx);
// here they are loaded once, before any test draws the page.
await preloadAllParts();

/** Every request is answered with `body` (stubbed fetch); undo with vi.unstubAllGlobals(). */
export function serve(body: unknown, init: ResponseInit = { status: 200 }) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), init)),
  );
}

/** The app opened at `url`, with no retries so that failures show at once. */
export function renderAt(url: string) {
  window.history.replaceState(null, '', url);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}
