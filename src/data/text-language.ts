import type { Prose, Source } from './schema';
import type { Language } from './vocabulary';

/**
 * The language the dataset's prose is written in first: summaries, notes and descriptions given
 * as plain text, publishers and the bracketed titles of sources whose own title was not recorded.
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

/** A piece of the dataset's prose in the reader's language where the dataset has it, and which. */
export function proseIn(value: Prose, lang: Language): { text: string; lang: Language } {
  if (typeof value === 'string') return { text: value, lang: PROSE_LANGUAGE };
  return { text: value[lang], lang };
}

/** Every version of a piece of prose: English always, Japanese where the dataset has it. */
export function proseVersions(value: Prose): { en: string; ja: string | null } {
  return typeof value === 'string' ? { en: value, ja: null } : { en: value.en, ja: value.ja };
}
