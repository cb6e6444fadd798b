import { formatDate } from '../../i18n/format';
import type { Dataset } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { escapeBibtex, escapeBibtexUrl, fingerprint } from '../../data/bibtex';
import { cslDate, cslJsonList } from '../../data/csl-json';
import { risDate, risRecord } from '../../data/ris';
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

/** The note of every format: the dataset version, its date and its licence. */
function note(meta: DatasetMeta, lang: Language): string {
  return CITATION[lang].note({
    version: meta.version,
    updated: meta.lastUpdated,
    licence: meta.licence,
  });
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
    ['note', escapeBibtex(note(meta, lang))],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${bibtexKey(meta, url)},\n${body}\n}`;
}

/**
 * A RIS record of the view (type DATA), as reference managers (Zotero, EndNote, Mendeley) import
 * it: the title, the dataset as author, the version as edition (ET), the address (UR) and the date
 * of access (Y2). Each line is `XX  - value`; `ER  - ` ends the record.
 */
export function ris({ meta, title, url, accessed, lang }: CitationInput): string {
  return risRecord('DATA', [
    ['TI', title],
    ['AU', meta.title[lang]],
    ['T2', meta.title[lang]],
    ['PY', meta.lastUpdated.slice(0, 4)],
    ['DA', risDate(meta.lastUpdated)],
    ['ET', meta.version],
    ['UR', url],
    ['Y2', risDate(accessed)],
    ['LA', lang],
    ['N1', note(meta, lang)],
    ['ID', bibtexKey(meta, url)],
  ]);
}

/**
 * The view as CSL-JSON (Citation Style Language), as Zotero, Pandoc and citeproc read it: a list
 * of one item of type "dataset", with its version, address and date of access.
 */
export function cslJson({ meta, title, url, accessed, lang }: CitationInput): string {
  return cslJsonList([
    {
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
      note: note(meta, lang),
    },
  ]);
}
