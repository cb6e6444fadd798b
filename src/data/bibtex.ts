/** Writing BibTeX fields and keys: pure text, no wording. */

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // BibTeX counts every brace, escaped or not, when it reads a field: these have none of their own.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  _: '\\_',
  $: '\\$',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * Text for a BibTeX field, as LaTeX reads it: its special characters escaped, so a title holding
 * "R&D", "100%" or "{" cannot break the entry or the document citing it. The en dash is written
 * the LaTeX way.
 */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%#&_$~^]/g, (char) => LATEX_SPECIALS[char]!).replace(/–/g, '--');
}

/**
 * An address inside \url{} in a BibTeX field. \url prints its argument as it is, except that in
 * the argument of another command (here, the field) % and # must be escaped; braces and backslashes
 * are percent-encoded, which leaves the address the same.
 */
export function escapeBibtexUrl(url: string): string {
  return url
    .replace(/[{}\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/[%#]/g, (char) => `\\${char}`);
}

/** FNV-1a: a short, stable fingerprint of a text (an address, an id) for a BibTeX key. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
