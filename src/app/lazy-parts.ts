// The parts of the page kept out of the script the app needs to start, so that it stays small and
// is running sooner: the dashboard's panels (one script, ./panels.ts), the comparison, one
// commitment's dialog (only with `item=`), What changed (only with `view=changes`),
// the notices (only when a link asked for something that was ignored), the banners of a pinned
// release (`v=`) and of the reader's own file, the embedded view's bar (`embed=1`).
//
// `preloadParts` requests those a view shows as the app starts, in parallel with the dataset, and
// src/main.tsx draws the view once both are there: whole, in one go, with nothing popping in. A part drawn before its
// script has arrived suspends (the nearest <Suspense> shows its fallback, or, on the prerendered
// home page, React leaves the build's markup in place and adopts it once the script is there).
import { createElement, use, type ComponentType } from 'react';
import type { View } from '../state/view';

/** A script loaded on demand, requested once; `module` is there once it has arrived. */
interface Source<M> {
  module: () => M | undefined;
  preload: () => Promise<void>;
}

function source<M>(load: () => Promise<M>): Source<M> {
  let module: M | undefined;
  let pending: Promise<void> | undefined;
  const preload = () => {
    if (pending) return pending;
    const request = load().then(
      (loaded) => {
        module = loaded;
        // Marked the way React reads a settled promise: `use` then returns at once, without
        // suspending for a turn, when the script arrived before the part is drawn.
        Object.assign(request, { status: 'fulfilled', value: undefined });
      },
      (error: unknown) => {
        // Asked again (a panel's "Try again"), the script is requested again.
        pending = undefined;
        throw error;
      },
    );
    pending = request;
    return request;
  };
  return { module: () => module, preload };
}

/** A component of a script loaded on demand: drawn at once when the script is there. */
function part<M, P extends object>(
  from: Source<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  return function Part(props: P) {
    use(from.preload());
    return createElement(pick(from.module()!), props);
  };
}

const panels = source(() => import('./panels'));
const compare = source(() => import('../features/compare/ComparePage'));
const dialog = source(() => import('../features/commitments/CommitmentDialog'));
const changes = source(() => import('./ReleaseChanges'));
const notices = source(() => import('../features/notices/UrlNotices'));
const releaseBanner = source(() => import('../features/releases/ReleaseBanner'));
const embedBar = source(() => import('../features/embed/EmbedBar'));
const datasetBanner = source(() => import('../features/own-dataset/DatasetBanner'));

export const ExportPanel = part(panels, (m) => m.ExportPanel);
export const ChartDownloads = part(panels, (m) => m.ChartDownloads);
export const ActiveFilters = part(panels, (m) => m.ActiveFilters);
export const AtAGlance = part(panels, (m) => m.AtAGlance);
export const OverviewCharts = part(panels, (m) => m.OverviewCharts);
export const CommitmentList = part(panels, (m) => m.CommitmentList);
export const FilterPanel = part(panels, (m) => m.FilterPanel);
export const DomainMeetingMatrix = part(panels, (m) => m.DomainMeetingMatrix);
export const WhatsNewFor = part(panels, (m) => m.WhatsNewFor);
export const ComparePage = part(compare, (m) => m.default);
export const CommitmentDialog = part(dialog, (m) => m.CommitmentDialog);
export const ReleaseChanges = part(changes, (m) => m.ReleaseChanges);
export const UrlNotices = part(notices, (m) => m.UrlNotices);
export const ReleaseBanner = part(releaseBanner, (m) => m.ReleaseBanner);
export const EmbedBar = part(embedBar, (m) => m.EmbedBar);
export const DatasetBanner = part(datasetBanner, (m) => m.DatasetBanner);

/**
 * Requests now the parts this view draws; settles when they have all arrived (or failed: a
 * failure is reported where the part is drawn, by its panel's error boundary).
 */
export function preloadParts(view: View, hasNotices: boolean): Promise<void> {
  const wanted: Source<unknown>[] = [panels];
  if (view.mode === 'compare') wanted.push(compare);
  if (view.item) wanted.push(dialog);
  if (view.version) wanted.push(releaseBanner);
  if (view.embed) wanted.push(embedBar);
  if (view.mode === 'changes') wanted.push(changes);
  if (hasNotices) wanted.push(notices);
  return Promise.allSettled(wanted.map(({ preload }) => preload())).then(() => undefined);
}

/** Every part, for component tests that draw the whole page and expect it drawn in one go. */
export function preloadAllParts(): Promise<void> {
  return Promise.all(
    [panels, compare, dialog, changes, notices, releaseBanner, embedBar, datasetBanner].map(
      ({ preload }) => preload(),
    ),
  ).then(() => undefined);
}
