import { useRef, useState, type ReactNode } from 'react';
import { FiltersDrawer, type DrawerResults } from '../features/filters-drawer/FiltersDrawer';
import type { Language } from '../data/vocabulary';
import { formatNumber } from '../i18n/format';
import { useViewStore } from '../state/view-store';
import { MESSAGES } from './messages';

interface FiltersSidebarProps {
  lang: Language;
  hidden: boolean;
  activeFilters: number;
  /** What the filters give, for the drawer's button. */
  results: DrawerResults;
  /** The filter panel: in the sidebar, or in the drawer while it is open. */
  children: ReactNode;
}

/**
 * The filters beside the content on wide screens, and behind a button that opens them in a drawer
 * on small ones. Closed by its results button, the drawer brings the results into view (they are
 * screens below the filters on a phone); closed otherwise, it gives focus back to the button.
 */
export function FiltersSidebar({
  lang,
  hidden,
  activeFilters,
  results,
  children,
}: FiltersSidebarProps) {
  // Back and Forward change the whole view: the drawer does not stay open over another one. It is
  // open while no move through the history has happened since it was opened.
  const historyMoves = useViewStore((state) => state.historyMoves);
  const [openedAt, setOpenedAt] = useState<number | null>(null);
  const filtersOpen = openedAt === historyMoves;
  const filtersButton = useRef<HTMLButtonElement>(null);
  const resultsRequested = useViewStore((state) => state.resultsRequested);
  const t = MESSAGES[lang];

  const close = (toResults: boolean) => {
    setOpenedAt(null);
    // The list scrolls to its heading and takes the focus once it shows the new filters.
    if (toResults && typeof results === 'number') return resultsRequested();
    if (toResults) return document.getElementById('main')?.focus();
    // Back to the button, unless a screen that has just widened hides it: then on to the results.
    const button = filtersButton.current;
    if (button && getComputedStyle(button).display !== 'none') button.focus();
    else document.getElementById('main')?.focus();
  };

  return (
    <aside className="sidebar" hidden={hidden}>
      {/* On small screens this button opens the filters in a drawer; on wide screens CSS hides
          it and shows the filters in the sidebar. The drawer exists only while open, so the
          prerendered page and the app's first render agree whatever the screen. */}
      <button
        ref={filtersButton}
        type="button"
        className="filters-toggle"
        aria-haspopup="dialog"
        aria-expanded={filtersOpen}
        onClick={() => setOpenedAt(historyMoves)}
      >
        {t.filters}
        {activeFilters > 0 && t.activeFilters(formatNumber(activeFilters, lang))}
      </button>
      {/* One set of filters at a time: their fields have ids. */}
      <div id="filters" className="filters">
        {!filtersOpen && children}
      </div>
      {filtersOpen && (
        <FiltersDrawer lang={lang} results={results} onClose={close}>
          {children}
        </FiltersDrawer>
      )}
    </aside>
  );
}
