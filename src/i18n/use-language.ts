import type { Language } from '../data/vocabulary';
import { useViewStore } from '../state/view-store';

/** The reader's interface language, from the view (the URL's lang=). */
export function useLanguage(): Language {
  return useViewStore((state) => state.view.lang);
}
