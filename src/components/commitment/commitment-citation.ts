import { escapeBibtex, escapeBibtexUrl } from '../../data/bibtex';
import { cslDate, cslJsonList } from '../../data/csl-json';
import { risDate, risRecord } from '../../data/ris';
import type { Commitment, Dataset } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { formatDate } from '../../i18n/format';
import { MESSAGES } from './messages';

export interface CommitmentCitationInput {
  meta: Dataset['meta'];
  commitment: Commitment;
  /** The meeting's name in the page's language. */
  meeting: string;
  /** The commitment's date (its own, else its meeting's), YYYY-MM-DD, if it has one. */
  date: string | undefined;
  /** The commitment's permalink (itemUrl). */
  url: string;
  /** The reader's date of access, YYYY-MM-DD. */
  accessed: string;
  lang: Language;
}

/** A one-paragraph citation of one commitment, in the page's language, naming the dataset version. */
export function commitmentCitation(input: CommitmentCitationInput): string {
  const { meta, commitment, meeting, date, url, accessed, lang } = input;
  return MESSAGES[lang].citation({
    dataset: meta.title[lang],
    version: meta.version,
    updated: formatDate(meta.lastUpdated, lang),
    title: commitment.title[lang],
    meeting,
    date: date ? formatDate(date, lang) : '',
    url,
    accessed: formatDate(accessed, lang),
    licence: meta.licence,
  });
}

/**
 * The entry's key: the dataset version and the commitment's id, so the same commitment of the same
 * version always gets the same key. Characters a key cannot hold become hyphens.
 */
export function commitmentBibtexKey(meta: Dataset['meta'], id: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `eujapandp-v${safe(meta.version.replace(/\./g, '-'))}-${safe(id)}`;
}

/** The note of every format: the meeting, the dataset version, its date and its licence. */
function note({ meta, meeting, lang }: CommitmentCitationInput): string {
  return MESSAGES[lang].citationNote({
    meeting,
    version: meta.version,
    updated: meta.lastUpdated,
    licence: meta.licence,
  });
}

/** A BibTeX @misc entry for one commitment, valid for BibTeX and biblatex. */
export function commitmentBibtex(input: CommitmentCitationInput): string {
  const { meta, commitment, date, url, accessed, lang } = input;
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(meta.title[lang])}}`],
    ['title', `{${escapeBibtex(commitment.title[lang])}}`],
    ['howpublished', `\\url{${escapeBibtexUrl(url)}}`],
    ['year', (date ?? meta.lastUpdated).slice(0, 4)],
    ['version', escapeBibtex(meta.version)],
    ['urldate', accessed],
    ['note', escapeBibtex(note(input))],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${commitmentBibtexKey(meta, commitment.id)},\n${body}\n}`;
}

/**
 * A RIS record of one commitment (type DATA: an entry of the dataset), with the dataset as author
 * and as the work it is part of (T2), the dataset version as edition (ET), the commitment's
 * permalink (UR) and the date of access (Y2).
 */
export function commitmentRis(input: CommitmentCitationInput): string {
  const { meta, commitment, date, url, accessed, lang } = input;
  return risRecord('DATA', [
    ['TI', commitment.title[lang]],
    ['AU', meta.title[lang]],
    ['T2', meta.title[lang]],
    ['PY', (date ?? meta.lastUpdated).slice(0, 4)],
    ['DA', risDate(date ?? meta.lastUpdated)],
    ['ET', meta.version],
    ['UR', url],
    ['Y2', risDate(accessed)],
    ['LA', lang],
    ['N1', note(input)],
    ['ID', commitmentBibtexKey(meta, commitment.id)],
  ]);
}

/** One commitment as CSL-JSON: a list of one item of type "dataset", part of the dataset. */
export function commitmentCslJson(input: CommitmentCitationInput): string {
  const { meta, commitment, date, url, accessed, lang } = input;
  return cslJsonList([
    {
      id: commitmentBibtexKey(meta, commitment.id),
      type: 'dataset',
      title: commitment.title[lang],
      author: [{ literal: meta.title[lang] }],
      'container-title': meta.title[lang],
      version: meta.version,
      issued: cslDate(date ?? meta.lastUpdated),
      accessed: cslDate(accessed),
      URL: url,
      language: lang,
      note: note(input),
    },
  ]);
}
