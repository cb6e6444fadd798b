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
  // In a frame, what the browser opens from the link (a middle click, "open in new tab") goes to
  // a new tab, never to the host page; a plain click still opens the commitment in place.
  const embedded = useViewStore((state) => state.view.embed);
  // A pinned view's links stay in its release.
  const version = useViewStore((state) => state.view.version);
  return (
    <a
      href={itemHref(item, lang, version)}
      {...(embedded ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
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
