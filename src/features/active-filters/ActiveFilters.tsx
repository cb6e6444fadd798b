import { memo } from 'react';
import type { DatasetIndex } from '../../data/index-dataset';
import { useViewStore } from '../../state/view-store';
import type { View } from '../../state/view';
import { filterChips, type ChipRemoval } from './active-filters';
import { MESSAGES } from './messages';

/**
 * The filters in force, as chips right above the results: each removes its value, which rewrites
 * the address like any other filter change.
 */
export const ActiveFilters = memo(function ActiveFilters({
  view,
  lookups,
}: {
  view: View;
  lookups: DatasetIndex;
}) {
  const t = MESSAGES[view.lang];
  const domainToggled = useViewStore((state) => state.domainToggled);
  const meetingToggled = useViewStore((state) => state.meetingToggled);
  const typeToggled = useViewStore((state) => state.typeToggled);
  const statusToggled = useViewStore((state) => state.statusToggled);
  const confidenceToggled = useViewStore((state) => state.confidenceToggled);
  const searchChanged = useViewStore((state) => state.searchChanged);
  const filtersReset = useViewStore((state) => state.filtersReset);
  const chips = filterChips(view, lookups);
  if (chips.length === 0) return null;

  const remove = (removal: ChipRemoval) => {
    switch (removal.kind) {
      case 'domain':
        return domainToggled(removal.id);
      case 'meeting':
        return meetingToggled(removal.id);
      case 'type':
        return typeToggled(removal.value);
      case 'status':
        return statusToggled(removal.value);
      case 'confidence':
        return confidenceToggled(removal.value);
      case 'search':
        return searchChanged('');
    }
  };

  return (
    <div className="active-filters">
      <ul className="filter-chips" aria-label={t.label}>
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="filter-chip"
              aria-label={t.remove(chip.label)}
              onClick={() => {
                remove(chip.removal);
                // The chip is gone: the focus stays in the list of chips, or on the results.
                requestAnimationFrame(() => {
                  const next = document.querySelector<HTMLElement>('.filter-chip');
                  (next ?? document.getElementById('commitments-heading'))?.focus();
                });
              }}
            >
              <bdi>{chip.label}</bdi>
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <button type="button" className="link-button" onClick={filtersReset}>
          {t.clearAll}
        </button>
      )}
    </div>
  );
});
