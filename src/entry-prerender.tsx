// Renders views to HTML at build time (scripts/prerender.ts), so that the first screen is drawn
// before any script runs: the default view, and the views a shared link most often names on its
// own (Japanese, the comparison, About). The client then renders the same view over it.
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/App';
import { MESSAGES } from './app/messages';
import { createQueryClient } from './app/query-client';
import { datasetQueryOptions } from './data/dataset-query';
import { parseDataset } from './data/parse-dataset';
import type { Dataset } from './data/schema';
import { parseView, serializeView } from './state/url-codec';
import { useViewStore } from './state/view-store';

/** The addresses drawn at build time besides the default one, as canonical query strings. */
export const PRERENDERED_QUERIES = ['lang=ja', 'view=compare', 'view=about'] as const;

/** The dataset, converted from 1.x where it is an older release; throws unless it follows the schema. */
export function validated(json: unknown): Dataset {
  const parsed = parseDataset(json);
  if (!parsed.ok) {
    throw new Error(
      `The bundled dataset does not follow the schema: ${JSON.stringify(parsed.problems.slice(0, 5))}`,
    );
  }
  return parsed.dataset;
}

async function render(dataset: Dataset, query: string): Promise<string> {
  const { view, notices } = parseView(query);
  if (notices.length > 0 || serializeView(view) !== query) {
    throw new Error(`"${query}" is not a canonical address of a view.`);
  }
  // On the server, components read the store's initial state (useSyncExternalStore's server
  // snapshot), which cannot be replaced: the view to draw goes into it for this one render.
  const initial = useViewStore.getInitialState();
  const { view: defaultView, notices: defaultNotices } = initial;
  Object.assign(initial, { view, notices: [] });
  try {
    const queryClient = createQueryClient();
    queryClient.setQueryData(datasetQueryOptions().queryKey, dataset);
    // Loads the parts loaded on demand (the comparison, About, the export panel: src/app/lazy-parts.ts),
    // so that the render below draws them rather than their placeholder. Its own output is not
    // used: it would need inline script to put them in place.
    const { prelude } = await prerenderToNodeStream(<App queryClient={queryClient} />);
    for await (const chunk of prelude) void chunk;
    return renderToString(<App queryClient={queryClient} />);
  } finally {
    Object.assign(initial, { view: defaultView, notices: defaultNotices });
  }
}

export interface PrerenderedViews {
  /** The default view. */
  html: string;
  /** Other views, by their query string. */
  others: { query: string; html: string }[];
  /** The page title in Japanese, which public/boot.js puts in place for any `lang=ja` address. */
  titleJa: string;
}

export async function renderViews(json: unknown): Promise<PrerenderedViews> {
  const dataset = validated(json);
  // The default view first: the app adopts it as it is (the parts of it kept out of the start
  // script are requested as the app starts, and adopted when they arrive).
  const html = await render(dataset, '');
  const others = [];
  for (const query of PRERENDERED_QUERIES)
    others.push({ query, html: await render(dataset, query) });
  return { html, others, titleJa: MESSAGES.ja.documentTitle };
}
