import { lazy, Suspense } from 'react';
import { LoadingState } from '../components/LoadingState';
import { PanelErrorBoundary } from '../components/PanelErrorBoundary';
import { useMediaQuery } from '../components/use-media-query';
import type { Dataset } from '../data/schema';
import { AtAGlance } from '../features/at-a-glance/AtAGlance';
import { OverviewCharts } from '../features/charts/OverviewCharts';
import { CommitmentDialog } from '../features/commitments/CommitmentDialog';
import { CommitmentList } from '../features/commitments/CommitmentList';
import { FilterPanel } from '../features/filters/FilterPanel';
import { DomainMeetingMatrix } from '../features/matrix/DomainMeetingMatrix';
import { defaultView, type View } from '../state/view';
import { useDerivedData, useLookups } from './use-derived-data';

const ComparePage = lazy(() => import('../features/compare/ComparePage'));

const WIDE_SCREEN = '(min-width: 52rem)';

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
  const wide = useMediaQuery(WIDE_SCREEN);
  const activeFilters = countActiveFilters(view);

  return (
    <div className="layout">
      <aside className="sidebar">
        {/* On small screens the filters fold away above the results; wide screens always show them. */}
        <details className="filters-drawer" open={wide} key={wide ? 'wide' : 'narrow'}>
          <summary>Filters{activeFilters > 0 && ` (${activeFilters} active)`}</summary>
          <PanelErrorBoundary name="filters">
            <FilterPanel
              dataset={dataset}
              view={view}
              domainCounts={derived.domainCounts}
              meetingCounts={derived.meetingCounts}
            />
          </PanelErrorBoundary>
        </details>
      </aside>
      <main id="main" className="content" tabIndex={-1}>
        {view.mode === 'compare' ? (
          <PanelErrorBoundary name="comparison">
            <Suspense fallback={<LoadingState label="Loading the comparison…" />}>
              <ComparePage
                dataset={dataset}
                view={view}
                commitments={derived.acrossMeetings}
                lookups={lookups}
              />
            </Suspense>
          </PanelErrorBoundary>
        ) : (
          <>
            <PanelErrorBoundary name="figures">
              <AtAGlance figures={derived.glance} />
            </PanelErrorBoundary>
            <PanelErrorBoundary name="domain × meeting table">
              <DomainMeetingMatrix matrix={derived.matrix} lang={view.lang} />
            </PanelErrorBoundary>
            <PanelErrorBoundary name="charts">
              <OverviewCharts
                matrix={derived.matrix}
                events={derived.events}
                meetings={lookups.meetings}
                commitments={lookups.commitments}
                lang={view.lang}
              />
            </PanelErrorBoundary>
            <PanelErrorBoundary name="commitments">
              <CommitmentList
                commitments={derived.commitments}
                lookups={lookups}
                view={view}
                lang={view.lang}
                hiddenDoubtful={derived.hiddenDoubtful}
              />
            </PanelErrorBoundary>
          </>
        )}
      </main>
      <CommitmentDialog
        dataset={dataset}
        commitment={view.item ? lookups.commitments.get(view.item) : undefined}
        lookups={lookups}
        view={view}
        lang={view.lang}
      />
    </div>
  );
}
