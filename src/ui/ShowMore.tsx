import { useState, type ReactNode } from 'react';
import { formatNumber } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { MESSAGES } from './messages';
import { usePrinting } from './use-printing';

interface ShowMoreProps<T> {
  items: readonly T[];
  /** How many are drawn at first and added per click. */
  step: number;
  render: (visible: readonly T[]) => ReactNode;
  /** The plural of what is listed, in the page's language. */
  noun: string;
}

/**
 * Draws a long collection a step at a time, so a large dataset never floods the page. Paper has no
 * button to press: while the page is printed, the whole collection is drawn.
 */
export function ShowMore<T>({ items, step, render, noun }: ShowMoreProps<T>) {
  // Back to the first step whenever the collection itself changes.
  const [shown, setShown] = useState({ items, count: step });
  const paged = shown.items === items ? shown.count : step;
  // The reader's place is kept: after printing, the list is back to what was shown before.
  const count = usePrinting() ? items.length : paged;
  const lang = useLanguage();
  const t = MESSAGES[lang];
  return (
    <>
      {render(items.slice(0, count))}
      {items.length > count && (
        <p className="show-more">
          {t.showing(formatNumber(count, lang), formatNumber(items.length, lang), noun)}{' '}
          <button type="button" onClick={() => setShown({ items, count: count + step })}>
            {t.showMore(formatNumber(Math.min(step, items.length - count), lang))}
          </button>
        </p>
      )}
    </>
  );
}
