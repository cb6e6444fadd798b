import type { Language } from '../data/vocabulary';
import { onePer } from './one-per';

const wordSegmenter = onePer((lang: Language) => new Intl.Segmenter(lang, { granularity: 'word' }));

/** Ideographs, kana and full-width forms: a whole em wide. */
export const WIDE_CHARACTER =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Rough width of a text in em: Japanese characters are square, Latin ones about half as wide
 * (`narrow` em; more where the font is not known and the text must not overflow).
 */
export function textWidthEm(text: string, narrow = 0.55): number {
  let width = 0;
  for (const character of text) width += WIDE_CHARACTER.test(character) ? 1 : narrow;
  return width;
}

/**
 * A label cut into lines of at most `maxEm`, between words (Japanese included, which has no
 * spaces), for chart axes, which do not wrap text themselves. A word longer than a line keeps
 * a line of its own.
 */
export function wrapLabel(text: string, lang: Language, maxEm: number): string[] {
  const words = Array.from(wordSegmenter(lang).segment(text), (part) => part.segment);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && textWidthEm((line + word).trimEnd()) > maxEm) {
      lines.push(line.trim());
      line = word.trimStart();
    } else {
      line += word;
    }
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}
