import { escapeBibtex, escapeBibtexUrl } from '../../data/bibtex';
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

/** A BibTeX @misc entry for one commitment, valid for BibTeX and biblatex. */
export function commitmentBibtex(input: CommitmentCitationInput): string {
  const { meta, commitment, meeting, date, url, accessed, lang } = input;
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(meta.title[lang])}}`],
    ['title', `{${escapeBibtex(commitment.title[lang])}}`],
    ['howpublished', `\\url{${escapeBibtexUrl(url)}}`],
    ['year', (date ?? meta.lastUpdated).slice(0, 4)],
    ['version', escapeBibtex(meta.version)],
    ['urldate', accessed],
    [
      'note',
      escapeBibtex(
        MESSAGES[lang].citationNote({
          meeting,
          version: meta.version,
          updated: meta.lastUpdated,
          licence: meta.licence,
        }),
      ),
    ],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{${commitmentBibtexKey(meta, commitment.id)},\n${body}\n}`;
}
