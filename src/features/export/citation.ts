import { formatDate } from '../../i18n/format';
import type { Dataset } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { escapeBibtex, escapeBibtexUrl, fingerprint } from '../../data/bibtex';
import { CITATION } from './messages';

export { escapeBibtex, escapeBibtexUrl };

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

// What a reader of RIS may take for the end of a line: line breaks of every kind (vertical tab,
// form feed, next line, the Unicode line and paragraph separators) and the other control characters.
// eslint-disable-next-line no-control-regex -- matching them is the point
const RIS_BREAK = /\s*[\u0000-\u001F\u007F-\u009F\u2028\u2029]+\s*/g;

/** A field of a RIS record holds one line: line breaks and control characters become spaces. */
function risValue(text: string): string {
  return text.replace(RIS_BREAK, ' ').trim();
}

/** YYYY-MM-DD as RIS writes a date: YYYY/MM/DD. */
function risDate(date: string): string {
  return date.replace(/-/g, '/');
}

/**
 * A RIS record of the view (type DATA), as reference managers (Zotero, EndNote, Mendeley) import
 * it: the title, the dataset as author, the version as edition (ET), the address (UR) and the date
 * of access (Y2). Each line is `XX  - value`; `ER  - ` ends the record.
 */
export function ris({ meta, title, url, accessed, lang }: CitationInput): string {
  const fields: [string, string][] = [
    ['TY', 'DATA'],
    ['TI', title],
    ['AU', meta.title[lang]],
    ['T2', meta.title[lang]],
    ['PY', meta.lastUpdated.slice(0, 4)],
    ['DA', risDate(meta.lastUpdated)],
    ['ET', meta.version],
    ['UR', url],
    ['Y2', risDate(accessed)],
    ['LA', lang],
    [
      'N1',
      CITATION[lang].note({
        version: meta.version,
        updated: meta.lastUpdated,
        licence: meta.licence,
      }),
    ],
    ['ID', bibtexKey(meta, url)],
  ];
  const lines = fields.map(([tag, value]) => `${tag}  - ${risValue(value)}`);
  return `${lines.join('\n')}\nER  - `;
}

/** YYYY-MM-DD as CSL-JSON writes a date. */
function cslDate(date: string): { 'date-parts': [[number, number, number]] } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/**
 * The view as CSL-JSON (Citation Style Language), as Zotero, Pandoc and citeproc read it: a list
 * of one item of type "dataset", with its version, address and date of access.
 */
export function cslJson({ meta, title, url, accessed, lang }: CitationInput): string {
  const item = {
    id: bibtexKey(meta, url),
    type: 'dataset',
    title,
    author: [{ literal: meta.title[lang] }],
    'container-title': meta.title[lang],
    version: meta.version,
    issued: cslDate(meta.lastUpdated),
    accessed: cslDate(accessed),
    URL: url,
    language: lang,
    note: CITATION[lang].note({
      version: meta.version,
      updated: meta.lastUpdated,
      licence: meta.licence,
    }),
  };
  return JSON.stringify([item], null, 2);
}
