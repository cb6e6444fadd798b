// The bundled dataset, read by the browser tests so that expected counts come from the data
// itself rather than from numbers copied into the tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Commitment {
  id: string;
  meeting: string;
  domains: string[];
  confidence: string;
  title: { en: string; ja: string };
}

interface BundledDataset {
  meta: { version: string; licence: string };
  domains: { id: string; label: { en: string; ja: string } }[];
  meetings: { id: string }[];
  commitments: Commitment[];
}

export const dataset = JSON.parse(
  readFileSync(resolve('public/data/partnership.json'), 'utf8'),
) as BundledDataset;

const SHOWN_BY_DEFAULT = ['official', 'reported'];

export function expectedTitles(
  filter: { domains?: string[]; meetings?: string[] },
  lang: 'en' | 'ja' = 'en',
): string[] {
  return dataset.commitments
    .filter((commitment) => SHOWN_BY_DEFAULT.includes(commitment.confidence))
    .filter(
      (commitment) =>
        !filter.domains || commitment.domains.some((d) => filter.domains!.includes(d)),
    )
    .filter((commitment) => !filter.meetings || filter.meetings.includes(commitment.meeting))
    .map((commitment) => commitment.title[lang])
    .sort();
}
