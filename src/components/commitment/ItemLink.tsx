import type { ReactNode } from 'react';
import type { Language } from '../../data/vocabulary';
import { useViewStore } from '../../state/view-store';
import { isPlainClick, itemHref } from './item-link';

/**
 * A link to one commitment: its permalink for the browser (new tab, copy address), and for a plain
 * click the commitment opened in place, over the current view.
 */
export function ItemLink({
  item,
  lang,
  children,
}: {
  item: string;
  lang: Language;
  children: ReactNode;
}) {
  const itemOpened = useViewStore((state) => state.itemOpened);
  return (
    <a
      href={itemHref(item, lang)}
      onClick={(event) => {
        if (!isPlainClick(event)) return;
        event.preventDefault();
        itemOpened(item);
      }}
    >
      {children}
    </a>
  );
}
