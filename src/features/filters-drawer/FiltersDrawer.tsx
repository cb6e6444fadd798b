import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../data/vocabulary';
import { MESSAGES } from './messages';

/** Where the sidebar shows the filters beside the results (the same width as in the stylesheet). */
const WIDE_SCREEN = '(min-width: 52rem)';

/**
 * What the filters give, for the button that shows it: a number of commitments, the comparison,
 * the changes between releases, or results not counted (a count that failed).
 */
export type DrawerResults = number | 'comparison' | 'changes' | 'uncounted';

interface FiltersDrawerProps {
  lang: Language;
  results: DrawerResults;
  /**
   * Called once the drawer has closed, however it was closed: `toResults` when by the button that
   * shows the results, which should then be brought into view.
   */
  onClose: (toResults: boolean) => void;
  children: ReactNode;
}

/**
 * The filters on a small screen: a modal sheet along the edge of the screen. As a modal <dialog>
 * it keeps the page behind out of reach (and of screen readers) and closes with Escape; the
 * parent mounts it only while it is open, so it never appears in the prerendered page.
 */
export function FiltersDrawer({ lang, results, onClose, children }: FiltersDrawerProps) {
  const t = MESSAGES[lang];
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const last = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    // A screen that widens (a tablet turned) shows the filters in the sidebar again.
    const wide = window.matchMedia(WIDE_SCREEN);
    const closeWhenWide = () => {
      if (wide.matches) element.close();
    };
    wide.addEventListener('change', closeWhenWide);
    return () => wide.removeEventListener('change', closeWhenWide);
  }, []);

  const toResults = useRef(false);
  const close = () => dialog.current?.close();

  // The drawer begins with Close and ends with the results button: Tab goes round between them
  // instead of leaving for the browser's own controls.
  const keepTabInside = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return;
    const [from, to] = event.shiftKey ? [first, last] : [last, first];
    if (document.activeElement === from.current) {
      event.preventDefault();
      to.current?.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="filters-drawer"
      aria-labelledby={headingId}
      onClose={() => onClose(toResults.current)}
      onKeyDown={keepTabInside}
    >
      <div className="drawer-bar">
        <h2 id={headingId}>{t.heading}</h2>
        <button ref={first} type="button" className="secondary" onClick={close}>
          {t.close}
        </button>
      </div>
      <div className="drawer-body">{children}</div>
      <div className="drawer-footer">
        <button
          ref={last}
          type="button"
          onClick={() => {
            toResults.current = true;
            close();
          }}
        >
          {typeof results === 'number'
            ? t.showCommitments(results, formatNumber(results, lang))
            : { comparison: t.showComparison, changes: t.showChanges, uncounted: t.showResults }[
                results
              ]}
        </button>
      </div>
    </dialog>
  );
}
