// The bundled dataset, read by the browser tests so that expected counts come from the data
// itself rather than from numbers copied into the tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Evidence {
  source: string;
  quote: string;
}

/** One dated step of how far a commitment got (release 2.0.0). */
export interface Step {
  date: string;
  status: string;
  confidence: string;
  event?: string;
  evidence?: Evidence[];
}

interface Commitment {
  id: string;
  meeting: string;
  domains: string[];
  confidence: string;
  title: { en: string; ja: string };
  /** How far it got, oldest first: only on official or reported commitments. */
  steps?: Step[];
  /** What a doubtful (unverified or disputed) claim asserts: it counts for nothing. */
  claims?: string;
}

interface BundledDataset {
  meta: { version: string; licence: string };
  domains: { id: string; label: { en: string; ja: string } }[];
  meetings: { id: string; status: string; date?: string }[];
  sources: { id: string; title: string; url?: string }[];
  events: { id: string; date: string; confidence: string; title: { en: string; ja: string } }[];
  commitments: Commitment[];
}

export const dataset = JSON.parse(
  readFileSync(resolve('public/data/partnership.json'), 'utf8'),
) as BundledDataset;

export const SHOWN_BY_DEFAULT = ['official', 'reported'];

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

/** A commitment's current status: its latest step's. A doubtful claim has none. */
export function currentStatus(commitment: Commitment): string | undefined {
  return commitment.steps?.at(-1)?.status;
}
