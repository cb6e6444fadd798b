import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cloneFixture } from '../testing/test-fixture';
import { dataPackage, packageFiles, PACKAGE_PROFILE } from './data-package';
import { packageTables } from './package-tables';
import { parseDataset } from './parse-dataset';
import type { Dataset } from './schema';

/** What Data Package v2 requires of a package, its resources, licences and table schemas. */
const DATA_PACKAGE_V2 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['$schema', 'name', 'resources'],
  properties: {
    $schema: { const: PACKAGE_PROFILE },
    name: { type: 'string', pattern: '^[a-z0-9._-]+$' },
    title: { type: 'string' },
    version: { type: 'string' },
    created: { type: 'string', format: 'date-time' },
    licenses: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        anyOf: [{ required: ['name'] }, { required: ['path'] }],
        properties: { name: { type: 'string' }, path: { type: 'string' } },
      },
    },
    resources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'path'],
        properties: {
          name: { type: 'string', pattern: '^[a-z0-9._-]+$' },
          path: { type: 'string', pattern: '^(?!/)(?!.*\\.\\.)[^\\\\]+$' },
          format: { const: 'csv' },
          mediatype: { const: 'text/csv' },
          encoding: { const: 'utf-8' },
          schema: {
            type: 'object',
            required: ['fields'],
            properties: {
              fields: {
                type: 'array',
                minItems: 1,
                items: {
                  type: 'object',
                  required: ['name', 'type'],
                  properties: {
                    name: { type: 'string' },
                    type: { enum: ['string', 'date', 'integer', 'boolean'] },
                  },
                },
              },
              primaryKey: { type: 'array', items: { type: 'string' }, minItems: 1 },
            },
          },
        },
      },
    },
  },
} as const;

function realDataset(): Dataset {
  const parsed = parseDataset(
    JSON.parse(readFileSync(resolve('public/data/partnership.json'), 'utf8')),
  );
  if (!parsed.ok) throw new Error('public/data/partnership.json is not valid');
  return parsed.dataset;
}

describe.each([
  ['the test fixture', cloneFixture()],
  ['the published dataset', realDataset()],
])('the data package of %s', (_, dataset) => {
  const files = packageFiles(dataset);
  const descriptor = JSON.parse(files.get('datapackage.json')!);

  it('is a valid Data Package v2', () => {
    const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
    const validate = ajv.compile(DATA_PACKAGE_V2);
    expect(validate(descriptor), JSON.stringify(validate.errors)).toBe(true);
    expect(descriptor).toMatchObject({
      version: dataset.meta.version,
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    });
    expect(descriptor.created).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  it('has a CSV file for every resource, and no other', () => {
    const csvs = [...files.keys()].filter((name) => name.endsWith('.csv'));
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(csvs);
    expect(csvs).toEqual([
      'commitments.csv',
      'evidence.csv',
      'steps.csv',
      'events.csv',
      'meetings.csv',
      'threads.csv',
      'sources.csv',
      'domains.csv',
    ]);
  });

  it('reads every CSV back with its schema’s fields as header, each row typed as declared', () => {
    for (const resource of descriptor.resources as {
      path: string;
      schema: { fields: { name: string; type: string }[]; primaryKey?: string[] };
    }[]) {
      const text = files.get(resource.path)!;
      expect(text.startsWith('\uFEFF')).toBe(false);
      const table = Papa.parse<Record<string, string>>(text, {
        header: true,
        skipEmptyLines: true,
      });
      expect(table.errors, resource.path).toEqual([]);
      expect(table.meta.fields, resource.path).toEqual(resource.schema.fields.map((f) => f.name));
      for (const row of table.data) {
        for (const field of resource.schema.fields) {
          const value = row[field.name]!;
          if (value === '') continue;
          if (field.type === 'date') expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (field.type === 'integer') expect(value).toMatch(/^-?\d+$/);
          if (field.type === 'boolean') expect(value).toMatch(/^(true|false)$/);
        }
      }
      if (resource.schema.primaryKey) {
        const keys = table.data.map((row) =>
          resource.schema.primaryKey!.map((name) => row[name]).join('\u0000'),
        );
        expect(new Set(keys).size, resource.path).toBe(keys.length);
        expect(
          keys.every((key) => key !== ''),
          resource.path,
        ).toBe(true);
      }
    }
  });

  it('has one row per record, and one evidence row per quote', () => {
    const rows = new Map(packageTables(dataset).map((table) => [table.name, table.rows.length]));
    expect(rows.get('commitments')).toBe(dataset.commitments.length);
    expect(rows.get('meetings')).toBe(dataset.meetings.length);
    expect(rows.get('sources')).toBe(dataset.sources.length);
    expect(rows.get('steps')).toBe(
      dataset.commitments.reduce((sum, c) => sum + (c.steps?.length ?? 0), 0),
    );
    const quotes =
      dataset.commitments.reduce(
        (sum, c) =>
          sum +
          c.evidence.length +
          (c.steps ?? []).reduce((n, step) => n + (step.evidence?.length ?? 0), 0),
        0,
      ) + dataset.events.reduce((sum, e) => sum + e.evidence.length, 0);
    expect(rows.get('evidence')).toBe(quotes);
  });

  it('describes itself as a schema.org Dataset with a download per table', () => {
    const jsonLd = JSON.parse(files.get('dataset.jsonld')!);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      version: dataset.meta.version,
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    // The JSON, its JSON Schema, datapackage.json, then each table.
    expect(jsonLd.distribution).toHaveLength(descriptor.resources.length + 3);
  });
});

describe('the tables', () => {
  it('write a step’s quotes with the step’s index, and Japanese prose where there is some', () => {
    const dataset = cloneFixture();
    const tables = packageTables(dataset);
    const withSteps = dataset.commitments.find((c) => (c.steps?.length ?? 0) > 1)!;
    const evidence = tables.find((t) => t.name === 'evidence')!.rows;
    const stepRows = evidence.filter(
      (row) => row.record_type === 'step' && row.record_id === withSteps.id,
    );
    expect(stepRows.map((row) => row.step_index)).toEqual(
      withSteps.steps!.flatMap((step, index) => (step.evidence ?? []).map(() => index)),
    );
    const csv = Papa.parse<Record<string, string>>(packageFiles(dataset).get('evidence.csv')!, {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data.filter((row) => row.record_type === 'commitment')[0]!.step_index).toBe('');
    expect(dataPackage(dataset, tables).resources[0]!.schema.primaryKey).toEqual(['id']);
  });
});
