import { memo } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { HydrationSlice } from '../../components/HydrationSlice';
import { ShowMore } from '../../components/ShowMore';
import type { Commitment } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { useViewStore } from '../../state/view-store';
import { CommitmentCard, type CommitmentLookups } from '../../components/commitment/CommitmentCard';

interface CommitmentListProps {
  commitments: readonly Commitment[];
  lookups: CommitmentLookups;
  lang: Language;
  hiddenDoubtful: number;
}

/** How many cards are drawn at first and per "Show more": a long list never floods the page. */
export const PAGE_SIZE = 20;

export const CommitmentList = memo(function CommitmentList({
  commitments,
  lookups,

  lang,
  hiddenDoubtful,
}: CommitmentListProps) {
  const filtersReset = useViewStore((state) => state.filtersReset);
  const doubtfulClaimsShown = useViewStore((state) => state.doubtfulClaimsShown);

  return (
    <section className="panel" aria-labelledby="commitments-heading">
      <h2 id="commitments-heading">Commitments</h2>
      <p className="panel-summary" aria-live="polite">
        {commitments.length === 1 ? '1 commitment' : `${commitments.length} commitments`}, in date
        order.
        {hiddenDoubtful > 0 && (
          <>
            {' '}
            {hiddenDoubtful} unverified or disputed{' '}
            {hiddenDoubtful === 1 ? 'claim is' : 'claims are'} hidden.{' '}
            <button type="button" className="link-button" onClick={() => doubtfulClaimsShown(true)}>
              Show them
            </button>
          </>
        )}
      </p>
      {commitments.length === 0 ? (
        <EmptyState title="No commitment matches these filters.">
          <button type="button" onClick={filtersReset}>
            Clear all filters
          </button>
        </EmptyState>
      ) : (
        <ShowMore
          items={commitments}
          step={PAGE_SIZE}
          noun="commitments"
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
