import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { LoadingState } from '../components/LoadingState';
import { PanelErrorBoundary } from '../components/PanelErrorBoundary';
import { useMediaQuery } from '../components/use-media-query';
import { atAGlance, domainMeetingMatrix, timelineEvents } from '../data/aggregate';
import { datasetQueryOptions } from '../data/dataset-query';
import { facetCounts, filterCommitments } from '../data/filter-commitments';
import type { Dataset } from '../data/schema';
import { byCommitmentDate, indexById } from '../data/selectors';
import { AtAGlance } from '../features/at-a-glance/AtAGlance';
import { CommitmentDialog } from '../features/commitments/CommitmentDialog';
import { CommitmentList } from '../features/commitments/CommitmentList';
import { DatasetErrorState } from '../features/dataset-status/DatasetErrorState';
import { FilterPanel } from '../features/filters/FilterPanel';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { DomainMeetingMatrix } from '../features/matrix/DomainMeetingMatrix';
import { UrlNotices } from '../features/notices/UrlNotices';
import { CopyLinkButton } from '../features/share/CopyLinkButton';
import { useUrlSync } from '../state/use-url-sync';
import { defaultView, type View } from '../state/view';
import { useViewStore } from '../state/view-store';

const WIDE_SCREEN = '(min-width: 52rem)';

function countActiveFilters(view: View): number {
  const defaults = defaultView();
  return [
    view.domains.length > 0,
    view.meetings.length > 0,
    view.types.length > 0,
    view.statuses.length > 0,
    view.q.trim() !== '',
    [...view.confidence].sort().join() !== [...defaults.confidence].sort().join(),
  ].filter(Boolean).length;
}

const OverviewCharts = lazy(() => import('../features/charts/OverviewCharts'));

export function Dashboard() {
  const { data, error, refetch, isFetching } = useQuery(datasetQueryOptions());
  useUrlSync(data);
  const view = useViewStore((state) => state.view);

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        Skip to the commitments
      </a>
      <header className="page-header">
        <div>
          <p className="page-kicker">EU–Japan Digital Partnership</p>
          <h1>What the EU and Japan committed to, Council by Council</h1>
          <p className="page-lede">
            Every commitment with the evidence behind it: the source and a verbatim quote.
          </p>
        </div>
        <div className="header-actions">
          <LanguageSwitch lang={view.lang} />
          <CopyLinkButton />
        </div>
      </header>
      <UrlNotices />
      {data ? (
        <Overview dataset={data} view={view} />
      ) : error ? (
        <DatasetErrorState error={error} onRetry={() => void refetch()} retrying={isFetching} />
      ) : (
        <LoadingState label="Loading the dataset…" />
      )}
    </div>
  );
}

function Overview({ dataset, view }: { dataset: Dataset; view: View }) {
  // Typing stays responsive: the heavy derivations follow the deferred filter.
  const filter = useDeferredValue(view);
  const lookups = useMemo(
    () => ({
      meetings: indexById(dataset.meetings),
      domains: indexById(dataset.domains),
      sources: indexById(dataset.sources),
      commitments: indexById(dataset.commitments),
    }),
    [dataset],
  );
  const derived = useMemo(() => {
    const commitments = filterCommitments(dataset, filter).sort(byCommitmentDate(lookups.meetings));
    const matrix = domainMeetingMatrix(dataset, filter, commitments);
    const withDoubtful = filterCommitments(dataset, {
      ...filter,
      confidence: ['official', 'reported', 'unverified', 'disputed'],
    });
    return {
      commitments,
      matrix,
      glance: atAGlance(dataset, filter, commitments),
      events: timelineEvents(dataset, filter, commitments),
      domainCounts: facetCounts(dataset, filter, 'domains'),
      meetingCounts: facetCounts(dataset, filter, 'meetings'),
      hiddenDoubtful: withDoubtful.length - commitments.length,
    };
  }, [dataset, filter, lookups]);

  const wide = useMediaQuery(WIDE_SCREEN);
  const activeFilters = countActiveFilters(view);

  return (
    <div className="layout">
      <aside className="sidebar">
        {/* On small screens the filters fold away above the results; wide screens always show them. */}
        <details className="filters-drawer" open={wide} key={wide ? 'wide' : 'narrow'}>
          <summary>Filters{activeFilters > 0 && ` (${activeFilters} active)`}</summary>
          <FilterPanel
            dataset={dataset}
            view={view}
            domainCounts={derived.domainCounts}
            meetingCounts={derived.meetingCounts}
          />
        </details>
      </aside>
      <main id="main" className="content" tabIndex={-1}>
        <AtAGlance figures={derived.glance} />
        <DomainMeetingMatrix matrix={derived.matrix} lang={view.lang} />
        <PanelErrorBoundary name="charts">
          <Suspense fallback={<LoadingState label="Loading the charts…" />}>
            <OverviewCharts
              matrix={derived.matrix}
              events={derived.events}
              meetings={lookups.meetings}
              commitments={lookups.commitments}
              lang={view.lang}
            />
          </Suspense>
        </PanelErrorBoundary>
        <CommitmentList
          commitments={derived.commitments}
          lookups={lookups}
          view={view}
          lang={view.lang}
          hiddenDoubtful={derived.hiddenDoubtful}
        />
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
