// The schema.org Dataset description of the dataset, as JSON-LD: one generator for the file
// beside the data package (data/dataset.jsonld) and the data block in the page's head. Pure.
import type { Dataset } from './schema';
import type { Table } from './package-tables';

export const LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
};

export const DATASET_DESCRIPTION =
  'What was committed at each EU–Japan Digital Partnership Council, in which domain, how far it got, with the evidence.';

export interface JsonLdOptions {
  /** Put before each file's name: '' beside the files, 'data/' (or '/tracker/data/') in the page. */
  base?: string;
  /** The date of the first release kept (YYYY-MM-DD), if known. */
  published?: string;
}

/**
 * A schema.org Dataset: name, description, licence, version, dates, and a download for each file —
 * the JSON, its JSON Schema, the Data Package descriptor and each CSV table.
 */
export function datasetJsonLd(
  dataset: Dataset,
  tables: readonly Pick<Table, 'name' | 'title'>[],
  { base = '', published }: JsonLdOptions = {},
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.meta.title.en,
    alternateName: dataset.meta.title.ja,
    description: DATASET_DESCRIPTION,
    version: dataset.meta.version,
    ...(published ? { datePublished: published } : {}),
    dateModified: dataset.meta.lastUpdated,
    license: LICENSE.path,
    inLanguage: dataset.meta.languages,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: 'EU–Japan Digital Partnership tracker contributors' },
    distribution: [
      {
        '@type': 'DataDownload',
        name: 'The dataset (JSON)',
        encodingFormat: 'application/json',
        contentUrl: `${base}partnership.json`,
      },
      {
        '@type': 'DataDownload',
        name: 'JSON Schema of the dataset',
        encodingFormat: 'application/schema+json',
        contentUrl: `${base}partnership.schema.json`,
      },
      {
        '@type': 'DataDownload',
        name: 'Data Package descriptor of the CSV tables',
        encodingFormat: 'application/json',
        contentUrl: `${base}datapackage.json`,
      },
      ...tables.map((table) => ({
        '@type': 'DataDownload',
        name: table.title,
        encodingFormat: 'text/csv',
        contentUrl: `${base}${table.name}.csv`,
      })),
    ],
  };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">` data block: `<` is written
 * `\u003c`, so no value can close the element or open a comment; JSON reads it back the same.
 */
export function jsonLdScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
