/** Titles longer than this (in characters) are cut for display. */
export const MAX_TITLE_CHARACTERS = 300;
/** Quotes longer than this are cut for display; a source's quote is meant to be short. */
export const MAX_QUOTE_CHARACTERS = 1_000;

/**
 * `text` cut to at most `max` characters (code points, so never half of a surrogate pair), with a
 * visible "…" when anything was cut. Reads no further than the cut: a 5 MB string costs no more
 * than a short one.
 */
export function shortenText(text: string, max: number): string {
  // Each character is one or two UTF-16 units: a text this short has at most `max` characters.
  if (text.length <= max) return text;
  let end = 0;
  for (let count = 0; count < max && end < text.length; count++) {
    end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return end >= text.length ? text : `${text.slice(0, end)}…`;
}
