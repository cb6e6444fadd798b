/**
 * The address of a source that scrolls to the quote and highlights it, with a text fragment
 * (`#:~:text=`, URL Fragment Text Directives): only where the quote is the page's own words — the
 * quote is in the source's language and the evidence carries no translation. A quote with an
 * omission (`…`) becomes a range, `start,end`, from its first part to its last.
 */

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The language a quote is written in, as far as the page can tell: Japanese or not. */
function quoteLanguage(quote: string): 'ja' | 'other' {
  return JAPANESE.test(quote) ? 'ja' : 'other';
}

/** A term of a text directive: percent-encoded, with `-`, `&` and `,` encoded too (the syntax uses them). */
export function encodeTextDirectiveTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export interface EvidenceLinkInput {
  url: string;
  quote: string;
  /** The source's language (two letters). */
  sourceLanguage: string;
  /** Whether the evidence gives a translation: then the quote is not the page's own words. */
  translated: boolean;
}

export function evidenceHref({
  url,
  quote,
  sourceLanguage,
  translated,
}: EvidenceLinkInput): string {
  if (translated) return url;
  const language = quoteLanguage(quote);
  const sameLanguage = language === 'ja' ? sourceLanguage === 'ja' : sourceLanguage !== 'ja';
  if (!sameLanguage) return url;
  const parts = quote
    .split('…')
    .map((part) => part.replace(/\s+/gu, ' ').trim())
    .filter(Boolean);
  if (parts.length === 0) return url;
  const terms = parts.length === 1 ? [parts[0]!] : [parts[0]!, parts[parts.length - 1]!];
  const directive = `:~:text=${terms.map(encodeTextDirectiveTerm).join(',')}`;
  return url.includes('#') ? `${url}${directive}` : `${url}#${directive}`;
}
