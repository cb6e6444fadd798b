import { formatDate } from '../../i18n/format';
import type { Dataset } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { CITATION } from './messages';

type DatasetMeta = Dataset['meta'];

export interface CitationInput {
  meta: DatasetMeta;
  /** The view's description (describeView), in the view's language. */
  title: string;
  url: string;
  /** The reader's date of access, YYYY-MM-DD. */
  accessed: string;
  lang: Language;
}

/** A one-paragraph citation of the view, in the view's language. */
export function citation({ meta, title, url, accessed, lang }: CitationInput): string {
  return CITATION[lang].citation({
    dataset: meta.title[lang],
    version: meta.version,
    updated: formatDate(meta.lastUpdated, lang),
    title,
    url,
    accessed: formatDate(accessed, lang),
    licence: meta.licence,
  });
}

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

/** FNV-1a: a short, stable fingerprint of the view's address for the entry's key. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The entry's key: the same view of the same dataset version always gets the same key, whatever
 * the day, and different views different keys.
 */
export function bibtexKey(meta: DatasetMeta, url: string): string {
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  return `eujapandp-v${meta.version.replace(/\./g, '-')}-${fingerprint(query)}`;
}

/** A BibTeX @misc entry for the view, valid for BibTeX and biblatex. */
export function bibtex({ meta, title, url, accessed, lang }: CitationInput): string {
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(meta.title[lang])}}`],
    ['title', `{${escapeBibtex(title)}}`],
    ['howpublished', `\\url{${escapeBibtexUrl(url)}}`],
    ['year', meta.lastUpdated.slice(0, 4)],
    ['version', escapeBibtex(meta.version)],
    ['urldate', accessed],
    [
      'note',
      escapeBibtex(
        CITATION[lang].note({
          version: meta.version,
          updated: meta.lastUpdated,
          licence: meta.licence,
        }),
      ),
    ],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${bibtexKey(meta, url)},\n${body}\n}`;
}
