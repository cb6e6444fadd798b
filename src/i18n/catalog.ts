import type { Language } from '../data/vocabulary';

/** The page's languages, for code that knows no other part of the data. */
export type { Language };

/**
 * Interface text in every language. English gives the shape; the Japanese text must have every
 * key English has (the type checker says which is missing), so no screen is half translated.
 * Each feature keeps its own catalog next to its components.
 */
export function catalog<T>(en: T, ja: NoInfer<T>): Record<Language, T> {
  return { en, ja };
}
