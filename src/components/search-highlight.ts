import { normalizeText, searchTerms } from '../data/filter-commitments';

/** A piece of displayed text, and whether it is a word the search asked for. */
export interface HighlightPart {
  text: string;
  match: boolean;
}

// A character with the marks that combine with it (half-width katakana's sound marks among them),
// or marks with nothing to combine with: every code point, a lone surrogate too, falls in exactly
// one cluster, and a cluster folds as it would within the whole text.
const CLUSTER = /[^\p{M}\uFF9E\uFF9F][\p{M}\uFF9E\uFF9F]*|[\p{M}\uFF9E\uFF9F]+/gu;

/**
 * `text` cut into the parts the search `q` matches and the parts between, for marking the
 * matches. It matches as the search does (each word of `q`, after Unicode compatibility folding
 * and lower-casing, anywhere in the text), so "ＡＩ" finds "ai" and "c++" is only text; the
 * parts, joined, are `text` exactly.
 */
export function highlightParts(text: string, q: string): HighlightPart[] {
  const terms = searchTerms(q);
  if (text === '') return [];
  if (terms.length === 0) return [{ text, match: false }];

  // The folded text, and for each of its UTF-16 units the cluster of `text` it came from.
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  for (const cluster of text.matchAll(CLUSTER)) {
    const piece = normalizeText(cluster[0]);
    folded += piece;
    for (let unit = 0; unit < piece.length; unit++) {
      from.push(cluster.index);
      to.push(cluster.index + cluster[0].length);
    }
  }

  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1))
      ranges.push([from[at]!, to[at + term.length - 1]!]);
  }
  if (ranges.length === 0) return [{ text, match: false }];
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const parts: HighlightPart[] = [];
  let done = 0;
  for (const [start, end] of ranges) {
    if (end <= done) continue;
    const begin = Math.max(start, done);
    if (begin > done) parts.push({ text: text.slice(done, begin), match: false });
    const last = parts[parts.length - 1];
    // Ranges that touch or overlap make one mark.
    if (last?.match && begin === done) last.text += text.slice(begin, end);
    else parts.push({ text: text.slice(begin, end), match: true });
    done = end;
  }
  if (done < text.length) parts.push({ text: text.slice(done), match: false });
  return parts;
}
