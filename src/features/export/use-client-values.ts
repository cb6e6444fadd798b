import { useSyncExternalStore } from 'react';
import { localIsoDate } from '../../i18n/format';
import { currentPage } from '../../state/view-url';

// Neither value changes in a way worth listening to while the panel is shown: the path stays, and
// the date is read again at each render.
const noSubscription = () => () => {};

/**
 * The page's address (origin and path) in the browser; null while the page is prerendered and
 * while React adopts it, so the prerendered markup and the first render agree.
 */
export function usePageAddress(): string | null {
  return useSyncExternalStore(noSubscription, currentPage, () => null);
}

/** The reader's date, YYYY-MM-DD, in the browser; null while prerendered (see usePageAddress). */
export function useToday(): string | null {
  return useSyncExternalStore(
    noSubscription,
    () => localIsoDate(new Date()),
    () => null,
  );
}
