import { lazy, Suspense, useState } from 'react';
import { LoadingState } from '../components/LoadingState';
import { HydrationSlice } from '../components/HydrationSlice';
import { PanelErrorBoundary } from '../components/PanelErrorBoundary';
import type { Dataset } from '../data/schema';
import { AtAGlance } from '../features/at-a-glance/AtAGlance';
import { OverviewCharts } from '../features/charts/OverviewCharts';
import { CommitmentDialog } from '../features/commitments/CommitmentDialog';
import { CommitmentList } from '../features/commitments/CommitmentList';
import { FilterPanel } from '../features/filters/FilterPanel';
import { DomainMeetingMatrix } from '../features/matrix/DomainMeetingMatrix';
import { formatNumber } from '../data/format';
import { defaultView, type View } from '../state/view';
import { MESSAGES } from './messages';
import { useDerivedData, useLookups } from './use-derived-data';

const ComparePage = lazy(() => import('../features/compare/ComparePage'));

function countActiveFilters(view: View): number {
  const defaults = defaultView();
  return [
    view.domains.length > 0,
    view.meetings.length > 0 && view.mode === 'overview',
    view.types.length > 0,
    view.statuses.length > 0,
    view.q.trim() !== '',
    [...view.confidence].sort().join() !== [...defaults.confidence].sort().join(),
  ].filter(Boolean).length;
}

export function DashboardBody({ dataset, view }: { dataset: Dataset; view: View }) {
  const lookups = useLookups(dataset);
  const derived = useDerivedData(dataset, view, lookups);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = countActiveFilters(view);
  const t = MESSAGES[view.lang];

  return (
    <div className="layout">
      <aside className="sidebar">
        {/* On small screens the filters fold away above the results behind this button; on wide
            screens CSS always shows them. Both are in the markup, so the prerendered page and
            the app agree whatever the screen. */}
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          <span aria-hidden="true">{filtersOpen ? '▾ ' : '▸ '}</span>
          {t.filters}
          {activeFilters > 0 && t.activeFilters(formatNumber(activeFilters, view.lang))}
        </button>
        <div id="filters" className={filtersOpen ? 'filters filters-open' : 'filters'}>
          <PanelErrorBoundary name={t.panels.filters}>
            <HydrationSlice>
              <FilterPanel
                dataset={dataset}
                view={view}
                domainCounts={derived.domainCounts}
                meetingCounts={derived.meetingCounts}
              />
            </HydrationSlice>
          </PanelErrorBoundary>
        </div>
      </aside>
      <main id="main" className="content" tabIndex={-1}>
        {/* Drawn from the deferred view: the previous one stays until the next is ready. */}
        {derived.acrossMeetings ? (
          <PanelErrorBoundary name={t.panels.comparison}>
            <Suspense fallback={<LoadingState label={t.loadingComparison} />}>
              <ComparePage
                dataset={dataset}
                view={view}
                commitments={derived.acrossMeetings}
                lookups={lookups}
              />
            </Suspense>
          </PanelErrorBoundary>
        ) : derived.overview ? (
          <>
            <PanelErrorBoundary name={t.panels.figures}>
              <HydrationSlice>
                <AtAGlance figures={derived.overview.glance} lang={view.lang} />
              </HydrationSlice>
            </PanelErrorBoundary>
            <PanelErrorBoundary name={t.panels.matrix}>
              <HydrationSlice>
                <DomainMeetingMatrix matrix={derived.overview.matrix} lang={view.lang} />
              </HydrationSlice>
            </PanelErrorBoundary>
            <PanelErrorBoundary name={t.panels.charts}>
              <HydrationSlice>
                <OverviewCharts
                  matrix={derived.overview.matrix}
                  events={derived.overview.events}
                  meetings={lookups.meetings}
                  commitments={lookups.commitments}
                  lang={view.lang}
                />
              </HydrationSlice>
            </PanelErrorBoundary>
            <PanelErrorBoundary name={t.panels.commitments}>
              <CommitmentList
                commitments={derived.commitments}
                lookups={lookups}
                lang={view.lang}
                hiddenDoubtful={derived.hiddenDoubtful}
              />
            </PanelErrorBoundary>
          </>
        ) : null}
      </main>
      <CommitmentDialog
        dataset={dataset}
        commitment={view.item ? lookups.commitments.get(view.item) : undefined}
        lookups={lookups}
        lang={view.lang}
      />
    </div>
  );
}
