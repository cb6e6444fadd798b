import { useEffect } from 'react';
import type { Language } from '../data/vocabulary';

/**
 * The page's language and title follow the view's, so that screen readers, fonts, hyphenation
 * and the browser's tab and history speak the reader's language.
 */
export function useDocumentLanguage(lang: Language, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}
