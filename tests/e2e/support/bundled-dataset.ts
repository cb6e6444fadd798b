// The bundled dataset, read by the browser tests so that expected counts come from the data
// itself rather than from numbers copied into the tests. Its types and the status rule are the
// app's own (src/data), so the tests cannot drift from the schema.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../../src/data/schema';
import { COUNTED_CONFIDENCE } from '../../../src/data/vocabulary';

export type { Step } from '../../../src/data/schema';
export { currentStatus } from '../../../src/data/progress';

export const dataset = JSON.parse(
  readFileSync(resolve('public/data/partnership.json'), 'utf8'),
) as Dataset;

/** What the list shows by default: the counted grades (official and reported). */
export const SHOWN_BY_DEFAULT: readonly string[] = COUNTED_CONFIDENCE;

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

/**
 * The address an export or a citation records for a page of the bundled data: the page's own,
 * pinned to the release shown (`v`, written last), so that it reopens what was cited.
 */
export function pinnedToLatest(address: string): string {
  const url = new URL(address);
  return `${url.origin}${url.pathname}${url.search ? `${url.search}&` : '?'}v=${dataset.meta.version}`;
}
