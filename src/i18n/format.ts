import type { Language } from '../data/vocabulary';
import { onePer } from './one-per';

const LOCALES: Record<Language, string> = { en: 'en-GB', ja: 'ja-JP' };

const dateFormat = onePer(
  (language: Language) =>
    new Intl.DateTimeFormat(LOCALES[language], {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }),
);
const numberFormat = onePer((language: Language) => new Intl.NumberFormat(LOCALES[language]));
const listFormat = onePer((key: `${Language} ${'conjunction' | 'disjunction'}`) => {
  const [language, type] = key.split(' ') as [Language, 'conjunction' | 'disjunction'];
  return new Intl.ListFormat(LOCALES[language], { type });
});
const pluralRules = onePer((language: Language) => new Intl.PluralRules(LOCALES[language]));

/** A calendar date (YYYY-MM-DD) for reading, in the reader's language; the day is not shifted by time zones. */
export function formatDate(isoDate: string, language: Language = 'en'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return dateFormat(language).format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)));
}

/** A count for reading, grouped the way the reader's language groups digits. */
export function formatNumber(value: number, language: Language = 'en'): string {
  return numberFormat(language).format(value);
}

/** A list for reading: "A, B and C" / "A、B、C"; or, as alternatives, "A or B" / "AまたはB". */
export function formatList(
  values: readonly string[],
  language: Language = 'en',
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return listFormat(`${language} ${type}`).format(values);
}

/** The reader's calendar date, YYYY-MM-DD, in their own time zone (an access or print date). */
export function localIsoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A count with its noun in the right number for the reader's language: "1 meeting", "3 meetings",
 * "会合3回". `forms` gives the words around `{n}` (the formatted number) for each plural category
 * the language uses; `other` is the fallback (Japanese has no other).
 */
export function formatCount(
  count: number,
  language: Language,
  forms: { one?: string; other: string },
): string {
  const category = pluralRules(language).select(count);
  const form = category === 'one' && forms.one !== undefined ? forms.one : forms.other;
  return form.replace('{n}', formatNumber(count, language));
}
