import { EmptyState } from '../../components/EmptyState';
import type { Commitment, Language } from '../../data/schema';
import type { View } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { CommitmentCard, type CommitmentLookups } from '../../components/commitment/CommitmentCard';
import { hrefForItem } from '../../components/commitment/item-link';

interface CommitmentListProps {
  commitments: readonly Commitment[];
  lookups: CommitmentLookups;
  view: View;
  lang: Language;
  hiddenDoubtful: number;
}

export function CommitmentList({
  commitments,
  lookups,
  view,
  lang,
  hiddenDoubtful,
}: CommitmentListProps) {
  const itemOpened = useViewStore((state) => state.itemOpened);
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
        <ol className="commitment-list">
          {commitments.map((commitment) => (
            <li key={commitment.id}>
              <CommitmentCard
                commitment={commitment}
                lookups={lookups}
                lang={lang}
                href={hrefForItem(view, commitment.id)}
                onOpen={itemOpened}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
