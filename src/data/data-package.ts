// The dataset as a Frictionless Data Package (v2): one flat CSV table per kind of record and a
// datapackage.json describing them, plus a schema.org Dataset description. Pure: the build step
// (scripts/data-package.ts) writes the files.
import type { Dataset } from './schema';
import Papa from 'papaparse';
import { packageTables, type Table } from './package-tables';
import { datasetJsonLd, LICENSE } from './dataset-json-ld';

export const PACKAGE_NAME = 'eu-japan-digital-partnership';
export const PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** datapackage.json: the package, its licence and each table's fields and key. */
export function dataPackage(dataset: Dataset, tables: readonly Table[]) {
  return {
    $schema: PACKAGE_PROFILE,
    name: PACKAGE_NAME,
    title: dataset.meta.title.en,
    description: `${dataset.meta.title.en} (${dataset.meta.title.ja}): what was committed at each EU–Japan Digital Partnership Council, in which domain, how far it got, with the evidence.`,
    version: dataset.meta.version,
    created: `${dataset.meta.lastUpdated}T00:00:00Z`,
    licenses: [LICENSE],
    resources: tables.map((table) => ({
      name: table.name,
      title: table.title,
      path: `${table.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: table.fields,
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      },
    })),
  };
}

/** Every file of the package, by name. */
export function packageFiles(dataset: Dataset): Map<string, string> {
  const tables = packageTables(dataset);
  const files = new Map<string, string>();
  for (const table of tables) files.set(`${table.name}.csv`, tableCsv(table));
  files.set('datapackage.json', `${JSON.stringify(dataPackage(dataset, tables), null, 2)}\n`);
  files.set('dataset.jsonld', `${JSON.stringify(datasetJsonLd(dataset, tables), null, 2)}\n`);
  return files;
}

/** A table as CSV (RFC 4180, UTF-8 without a byte-order mark): the header, then the rows. */
export function tableCsv(table: Table): string {
  const names = table.fields.map((field) => field.name);
  const data = table.rows.map((row) =>
    names.map((name) => {
      const value = row[name];
      return value === null || value === undefined ? '' : String(value);
    }),
  );
  return `${Papa.unparse({ fields: names, data }, { newline: '\r\n' })}\r\n`;
}
