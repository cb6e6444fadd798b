// Renders views to HTML at build time (scripts/prerender.ts), so that the first screen is drawn
// before any script runs: the default view, and the views a shared or embedded link most often
// names (prerenderedQueries). The client then renders the same view over it.
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from './app/App';
import { MESSAGES } from './app/messages';
import { createQueryClient } from './app/query-client';
import {
  datasetQueryOptions,
  releaseDatasetQueryOptions,
  releaseIndexQueryOptions,
} from './data/dataset-query';
import { parseDataset } from './data/parse-dataset';
import { parseReleaseIndex, type ReleaseIndex } from './data/releases';
import type { Dataset } from './data/schema';
import { LANGUAGES, type Language } from './data/vocabulary';
import { parseView, serializeView } from './state/url-codec';
import { DEFAULT_VIEW, type View } from './state/view';
import { useViewStore } from './state/view-store';

/**
 * The addresses drawn at build time besides the default one, as canonical query strings: the
 * overview, the comparison, About, each domain alone, each meeting that made commitments alone and
 * each kept release pinned (`v=`), in both languages, and the overview and each domain embedded in
 * another site's page. A link with any other address (several domains, a domain at one meeting, a
 * search, a release pinned and filtered) is drawn by the app.
 */
export function prerenderedQueries(dataset: Dataset, releases: ReleaseIndex): string[] {
  const domains = dataset.domains.map(({ id }): Partial<View> => ({ domains: [id] }));
  const meetings = dataset.meetings
    .filter(({ id }) => dataset.commitments.some(({ meeting }) => meeting === id))
    .map(({ id }): Partial<View> => ({ meetings: [id] }));
  const views: Partial<View>[] = [
    {},
    { mode: 'compare' },
    { mode: 'about' },
    ...domains,
    ...meetings,
    ...[{}, ...domains].map((view) => ({ ...view, embed: true })),
    ...releases.releases.map(({ version }) => ({ version })),
  ];
  return views
    .flatMap((view) => LANGUAGES.map((lang) => serializeView({ ...DEFAULT_VIEW, ...view, lang })))
    .filter((query) => query !== '');
}

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

/** What the views are drawn from: the bundled dataset, and every kept release with their index. */
interface Sources {
  dataset: Dataset;
  index: ReleaseIndex;
  releases: Map<string, Dataset>;
}

/** What `draw` returns, or null if it threw. */
function attempt(draw: () => string): string | null {
  try {
    return draw();
  } catch {
    return null;
  }
}

/** React's mark for a part of the page it could not draw, left to the browser to draw. */
const LEFT_TO_THE_BROWSER = '<!--$!-->';

async function render({ dataset, index, releases }: Sources, query: string): Promise<string> {
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
    queryClient.setQueryData(releaseIndexQueryOptions().queryKey, index);
    for (const [version, released] of releases)
      queryClient.setQueryData(releaseDatasetQueryOptions(version).queryKey, released);
    const draw = () => renderToString(<App queryClient={queryClient} />);
    // A part not loaded yet (the comparison, About, the export panel: src/app/lazy-parts.ts) is left
    // to the browser like a part that threw (React marks both so), or stops the render where no
    // placeholder is set for it. The first view to draw a part loads it with a render that waits for
    // it, and is drawn again; that render's own output is not used: it would need inline script to
    // put the parts in place.
    let html = attempt(draw);
    if (html === null || html.includes(LEFT_TO_THE_BROWSER)) {
      const { prelude } = await prerenderToNodeStream(<App queryClient={queryClient} />);
      for await (const chunk of prelude) void chunk;
      html = draw();
    }
    // Never shipped: a part that still is left to the browser threw while drawn.
    if (html.includes(LEFT_TO_THE_BROWSER)) throw new Error(`A part of "${query}" failed to draw.`);
    return withoutStyleAttributes(html);
  } finally {
    Object.assign(initial, { view: defaultView, notices: defaultNotices });
  }
}

/**
 * The markup without its style attributes. In a page's markup the Content-Security-Policy
 * (`style-src 'self'`) refuses them, each with an error in the console, so they would do nothing.
 * The charts write them (the chart library's sizes, the legends' swatches); the app, drawing the
 * view again, sets them through the CSSOM, which the policy allows. (The default page, which the
 * app adopts as it is, has none: tests/e2e/robustness.spec.ts.) React escapes every `"` in text and
 * attribute values, so the pattern meets attributes only.
 */
export function withoutStyleAttributes(html: string): string {
  return html.replace(/ style="[^"]*"/g, '');
}

/** The opened commitment's dialog, cut out of the page drawn for `item=<id>`. */
function dialogOf(page: string, id: string): string {
  const start = page.indexOf('<dialog');
  const end = page.indexOf('</dialog>', start);
  if (start < 0 || end < 0) throw new Error(`The page drawn for item=${id} holds no dialog.`);
  return page.slice(start, end + '</dialog>'.length);
}

export interface PrerenderedViews {
  /** The default view. */
  html: string;
  /** Other views, by their query string. */
  others: { query: string; html: string }[];
  /**
   * Each commitment's dialog in each language, as the overview draws it (`item=<id>`,
   * `lang=ja&item=<id>`): put over the default view, already in the page, or over the Japanese
   * overview, it is that address's whole view.
   */
  dialogs: { id: string; lang: Language; html: string }[];
  /** The page title in Japanese, which public/boot.js puts in place for any `lang=ja` address. */
  titleJa: string;
}

/**
 * Draws the views from the bundled dataset (`json`) and the kept releases (`releaseIndex`, the
 * index's JSON, and each release's JSON by version). Throws unless each follows its schema.
 */
export async function renderViews(
  json: unknown,
  releaseIndex: unknown,
  releaseFiles: ReadonlyMap<string, unknown>,
): Promise<PrerenderedViews> {
  const dataset = validated(json);
  const index = parseReleaseIndex(releaseIndex);
  if (!index) throw new Error('The index of releases is not one.');
  const releases = new Map(
    index.releases.map(({ version }) => {
      if (!releaseFiles.has(version)) throw new Error(`Release ${version} has no file.`);
      return [version, validated(releaseFiles.get(version))];
    }),
  );
  const sources = { dataset, index, releases };
  // The default view first: the app adopts it as it is (the parts of it kept out of the start
  // script are requested as the app starts, and adopted when they arrive).
  const html = await render(sources, '');
  const others = [];
  for (const query of prerenderedQueries(dataset, index))
    others.push({ query, html: await render(sources, query) });
  const dialogs = [];
  for (const { id } of dataset.commitments) {
    for (const lang of LANGUAGES) {
      const query = serializeView({ ...DEFAULT_VIEW, item: id, lang });
      dialogs.push({ id, lang, html: dialogOf(await render(sources, query), id) });
    }
  }
  return { html, others, dialogs, titleJa: MESSAGES.ja.documentTitle };
}
