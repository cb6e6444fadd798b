import type { Source } from './schema';
import type { Language } from './vocabulary';

/**
 * The language of the dataset's own prose: summaries, confidence notes, thread descriptions,
 * publishers and the bracketed titles of sources whose own title was not recorded. Only titles,
 * labels, names and places come in both languages.
 */
export const PROSE_LANGUAGE: Language = 'en';

const JAPANESE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff]/u;

/**
 * The language a source's title is written in. A title in square brackets describes the source
 * in the dataset's prose; a recorded title is in the source's language, except that Japanese
 * publishers' English pages have titles in Latin script while the source is marked Japanese.
 */
export function sourceTitleLanguage(source: Pick<Source, 'title' | 'language'>): string {
  const title = source.title.trim();
  if (title.startsWith('[') && title.endsWith(']')) return PROSE_LANGUAGE;
  if (JAPANESE_SCRIPT.test(title)) return 'ja';
  return source.language === 'ja' ? PROSE_LANGUAGE : source.language;
}

/**
 * The `lang` attribute for a text in `textLanguage` shown on a page in `pageLanguage`: none when
 * they agree, so that only text in another language is marked.
 */
export function langIfOther(textLanguage: string, pageLanguage: Language): string | undefined {
  return textLanguage === pageLanguage ? undefined : textLanguage;
}
