import { Suspense, useCallback, useMemo, useState } from 'react';
import type { ChartInfo } from '../ui/chart-actions';
import { LoadingState } from '../ui/LoadingState';
import { HydrationSlice } from '../ui/HydrationSlice';
import { PanelErrorBoundary } from '../ui/PanelErrorBoundary';
import { indexDataset } from '../data/index-dataset';
import type { Commitment, Dataset } from '../data/schema';
import { About } from '../features/about/About';
import type { ReleaseIndex } from '../data/releases';
import { isDefaultConfidence, type View } from '../state/view';
import { useViewStore } from '../state/view-store';
import { FiltersSidebar } from './FiltersSidebar';
import {
  ActiveFilters,
  AtAGlance,
  ChartDownloads,
  CommitmentDialog,
  CommitmentList,
  ComparePage,
  DomainMeetingMatrix,
  ExportPanel,
  FilterPanel,
  OverviewCharts,
  ReleaseChanges,
  WhatsNewFor,
} from './lazy-parts';
import { MESSAGES } from './messages';
import { Derived } from './Derived';
import { unwrap, useDerivedData, valueOf, type Derivation } from './use-derived-data';

function countActiveFilters(view: View): number {
  return [
    view.domains.length > 0,
    view.meetings.length > 0 && view.mode === 'overview',
    view.types.length > 0,
    view.statuses.length > 0,
    view.q.trim() !== '',
    !isDefaultConfidence(view.confidence),
  ].filter(Boolean).length;
}

export function DashboardBody({
  dataset,
  view,
  releaseIndex,
}: {
  dataset: Dataset;
  view: View;
  releaseIndex?: ReleaseIndex | undefined;
}) {
  const lookups = indexDataset(dataset);
  const derived = useDerivedData(dataset, view, lookups);
  const t = MESSAGES[view.lang];
  const resultsRequests = useViewStore((state) => state.resultsRequests);
  const activeFilters = useMemo(
    () => <ActiveFilters view={view} lookups={lookups} />,
    [view, lookups],
  );
  // The dialog's script is requested when a commitment is first opened; it stays drawn afterwards.
  const [dialogWanted, setDialogWanted] = useState(false);
  if (view.item && !dialogWanted) setDialogWanted(true);
  const shownView = derived.view;
  const { overview, acrossMeetings } = derived;
  const chartActions = useCallback(
    (chart: ChartInfo) => (
      <ChartDownloads chart={chart} dataset={dataset} view={shownView} lookups={lookups} />
    ),
    [dataset, shownView, lookups],
  );
  const filterPanel = (
    <PanelErrorBoundary name={t.panels.filters}>
      <HydrationSlice>
        <Derived>
          {() => (
            <FilterPanel
              dataset={dataset}
              view={view}
              domainCounts={unwrap(derived.domainCounts)}
              meetingCounts={unwrap(derived.meetingCounts)}
              optionCounts={unwrap(derived.optionCounts)}
            />
          )}
        </Derived>
      </HydrationSlice>
    </PanelErrorBoundary>
  );

  // What the reader can download and cite: the commitments the view on screen selects.
  const exportPanel = (commitments: Derivation<readonly Commitment[]>) => (
    <PanelErrorBoundary name={t.panels.export}>
      <HydrationSlice>
        <Derived>
          {() => (
            <ExportPanel
              dataset={dataset}
              view={shownView}
              commitments={unwrap(commitments)}
              lookups={lookups}
            />
          )}
        </Derived>
      </HydrationSlice>
    </PanelErrorBoundary>
  );

  if (view.mode === 'about') {
    return (
      <main id="main" className="content" tabIndex={-1}>
        <PanelErrorBoundary name={t.panels.about}>
          <About dataset={dataset} lang={view.lang} />
        </PanelErrorBoundary>
      </main>
    );
  }

  return (
    <div className="layout">
      <FiltersSidebar
        lang={view.lang}
        hidden={view.embed}
        activeFilters={countActiveFilters(view)}
        results={
          view.mode === 'changes'
            ? 'changes'
            : acrossMeetings
              ? 'comparison'
              : (valueOf(derived.commitments)?.length ?? 'uncounted')
        }
      >
        {filterPanel}
      </FiltersSidebar>
      {/* Busy while the panels still show the previous view (they follow a deferred copy). */}
      <main id="main" className="content" tabIndex={-1} aria-busy={shownView !== view}>
        {/* Drawn from the deferred view: the previous one stays until the next is ready. */}
        {view.mode === 'changes' ? (
          <PanelErrorBoundary name={t.panels.changes}>
            <Suspense fallback={<LoadingState label={t.loadingChanges} />}>
              <ReleaseChanges index={releaseIndex} view={shownView} />
            </Suspense>
          </PanelErrorBoundary>
        ) : acrossMeetings ? (
          <>
            <PanelErrorBoundary name={t.panels.comparison}>
              <Suspense fallback={<LoadingState label={t.loadingComparison} />}>
                <Derived>
                  {() => (
                    <ComparePage
                      dataset={dataset}
                      view={view}
                      commitments={unwrap(acrossMeetings)}
                      lookups={lookups}
                      chartActions={chartActions}
                    />
                  )}
                </Derived>
              </Suspense>
            </PanelErrorBoundary>
            {exportPanel(acrossMeetings)}
          </>
        ) : overview ? (
          <>
            <PanelErrorBoundary name={t.panels.whatsNew}>
              <HydrationSlice>
                <Derived>
                  {() => (
                    <WhatsNewFor
                      dataset={dataset}
                      view={shownView}
                      commitments={unwrap(derived.commitments)}
                      lookups={lookups}
                    />
                  )}
                </Derived>
              </HydrationSlice>
            </PanelErrorBoundary>
            <PanelErrorBoundary name={t.panels.figures}>
              <HydrationSlice>
                <Derived>
                  {() => <AtAGlance figures={unwrap(overview.glance)} lang={view.lang} />}
                </Derived>
              </HydrationSlice>
            </PanelErrorBoundary>
            <PanelErrorBoundary name={t.panels.matrix}>
              <HydrationSlice>
                <Derived>
                  {() => <DomainMeetingMatrix matrix={unwrap(overview.matrix)} lang={view.lang} />}
                </Derived>
              </HydrationSlice>
            </PanelErrorBoundary>
            <PanelErrorBoundary name={t.panels.charts}>
              <HydrationSlice>
                <Derived>
                  {() => (
                    <OverviewCharts
                      matrix={unwrap(overview.matrix)}
                      events={unwrap(overview.events)}
                      meetings={lookups.meetings}
                      commitments={lookups.commitments}
                      partnershipEvents={lookups.events}
                      lang={view.lang}
                      chartActions={chartActions}
                    />
                  )}
                </Derived>
              </HydrationSlice>
            </PanelErrorBoundary>
            <PanelErrorBoundary name={t.panels.commitments}>
              <Derived>
                {() => (
                  <CommitmentList
                    commitments={unwrap(derived.commitments)}
                    lookups={lookups}
                    lang={view.lang}
                    hiddenDoubtful={valueOf(derived.hiddenDoubtful) ?? 0}
                    sort={shownView.sort}
                    activeFilters={activeFilters}
                    resultsRequests={resultsRequests}
                    settled={shownView === view}
                  />
                )}
              </Derived>
            </PanelErrorBoundary>
            {exportPanel(derived.commitments)}
          </>
        ) : null}
      </main>
      {dialogWanted && (
        <Suspense fallback={null}>
          <CommitmentDialog
            dataset={dataset}
            commitment={view.item ? lookups.commitments.get(view.item) : undefined}
            lookups={lookups}
            lang={view.lang}
            list={valueOf(derived.commitments)}
            sort={view.sort}
          />
        </Suspense>
      )}
    </div>
  );
}
