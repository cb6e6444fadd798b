import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { HydrationSlice } from '../../ui/HydrationSlice';
import { ShowMore } from '../../ui/ShowMore';
import { formatNumber } from '../../i18n/format';
import { PROSE_LANGUAGE, proseIn } from '../../data/text-language';
import type { Commitment } from '../../data/schema';
import { commitmentOrder, SORT_ORDERS, type SortOrder } from '../../data/order';
import type { Language } from '../../data/vocabulary';
import { useViewStore } from '../../state/view-store';
import { CommitmentCard } from '../../components/commitment/CommitmentCard';
import type { DatasetIndex } from '../../data/index-dataset';
import { MESSAGES } from './messages';

interface CommitmentListProps {
  commitments: readonly Commitment[];
  lookups: DatasetIndex;
  lang: Language;
  hiddenDoubtful: number;
  /** The order chosen (the view's `sort`). */
  sort?: SortOrder;
  /** The chips of the filters in force, drawn right above the results. */
  activeFilters?: ReactNode;
  /**
   * The store's count of requests to see the results: when it grows and the list shows the view
   * asked for (`settled`), the list's heading is scrolled into view and takes the focus.
   */
  resultsRequests?: number;
  settled?: boolean;
}

/** How many cards are drawn at first and per "Show more": a long list never floods the page. */
export const PAGE_SIZE = 20;

export const CommitmentList = memo(function CommitmentList({
  commitments,
  lookups,
  lang,
  hiddenDoubtful,
  sort = 'newest',
  activeFilters,
  resultsRequests = 0,
  settled = true,
}: CommitmentListProps) {
  const t = MESSAGES[lang];
  const heading = useRef<HTMLHeadingElement>(null);
  const answered = useRef(resultsRequests);
  useEffect(() => {
    if (!settled || answered.current === resultsRequests) return;
    answered.current = resultsRequests;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    heading.current?.scrollIntoView?.({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [resultsRequests, settled]);
  const sorted = useMemo(
    () =>
      [...commitments].sort(commitmentOrder(sort, lookups.meetings, [...lookups.domains.keys()])),
    [commitments, sort, lookups],
  );
  const sortChanged = useViewStore((state) => state.sortChanged);
  const untranslatedProse = commitments.some(
    (commitment) =>
      proseIn(commitment.summary, lang).lang !== lang ||
      (commitment.confidenceNote !== undefined &&
        proseIn(commitment.confidenceNote, lang).lang !== lang),
  );
  const filtersReset = useViewStore((state) => state.filtersReset);
  const doubtfulClaimsShown = useViewStore((state) => state.doubtfulClaimsShown);

  return (
    <section className="panel" aria-labelledby="commitments-heading">
      <h2 id="commitments-heading" ref={heading} tabIndex={-1}>
        {t.heading}
      </h2>
      <p className="panel-summary" aria-live="polite">
        {t.count(commitments.length, formatNumber(commitments.length, lang), t.sorts[sort])}
        {hiddenDoubtful > 0 && (
          <>
            {t.hidden(hiddenDoubtful, formatNumber(hiddenDoubtful, lang))}
            <button type="button" className="link-button" onClick={() => doubtfulClaimsShown(true)}>
              {t.showThem}
            </button>
          </>
        )}
      </p>
      {activeFilters}
      <p className="sort-control">
        <label htmlFor="commitments-sort">{t.sortLabel}</label>{' '}
        <select
          id="commitments-sort"
          value={sort}
          onChange={(event) => sortChanged(event.target.value as SortOrder)}
        >
          {SORT_ORDERS.map((order) => (
            <option key={order} value={order}>
              {t.sorts[order]}
            </option>
          ))}
        </select>
      </p>
      {lang !== PROSE_LANGUAGE && (
        <p className="panel-summary">{untranslatedProse ? t.proseLanguage : t.quotesAsWritten}</p>
      )}
      {commitments.length === 0 ? (
        <EmptyState title={t.none}>
          <button type="button" onClick={filtersReset}>
            {t.clearFilters}
          </button>
        </EmptyState>
      ) : (
        <ShowMore
          items={sorted}
          step={PAGE_SIZE}
          noun={t.noun}
          render={(visible) => (
            <ol className="commitment-list">
              {visible.map((commitment) => (
                <HydrationSlice key={commitment.id}>
                  <li>
                    <CommitmentCard commitment={commitment} lookups={lookups} lang={lang} />
                  </li>
                </HydrationSlice>
              ))}
            </ol>
          )}
        />
      )}
    </section>
  );
});
