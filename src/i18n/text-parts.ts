/**
 * Interface text with pieces quoted as given (a file name, a value from a link) kept apart, so
 * that the page can mark them as text of no known language rather than as part of the sentence.
 */
export type TextPart = string | { verbatim: string };

export function verbatim(text: string): TextPart {
  return { verbatim: text };
}

/** The same as plain text, for an Error's message or a test. */
export function plainText(parts: readonly TextPart[]): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.verbatim)).join('');
}
