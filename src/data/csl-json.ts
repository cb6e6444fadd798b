/**
 * Writing CSL-JSON (Citation Style Language), as Zotero, Pandoc and citeproc read it: pure data,
 * no wording.
 */

export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** One item: the fields this tracker writes (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'dataset';
  title: string;
  author: { literal: string }[];
  'container-title'?: string;
  version: string;
  issued: CslDate;
  accessed: CslDate;
  URL: string;
  language: string;
  note?: string;
}

/** YYYY-MM-DD as CSL-JSON writes a date. */
export function cslDate(date: string): CslDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/** A list of items as CSL-JSON text (indented, so that it reads well where it is shown). */
export function cslJsonList(items: readonly CslItem[]): string {
  return JSON.stringify(items, null, 2);
}
