import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../data/release-diff';
import type { Dataset } from '../../data/schema';
import { LANGUAGES } from '../../data/vocabulary';
import { fixtureDataset } from '../../testing/test-fixture';
import { MESSAGES } from './messages';

// The type makes a field of the schema without a name fail the typecheck; this reads the records
// themselves, so that a key the types do not know of (a schema that lets one through) fails too.
const bundled = JSON.parse(readFileSync('public/data/partnership.json', 'utf8')) as Dataset;

/** The keys the records of one kind have in the fixture and in the bundled dataset. */
const fieldsOf = (kind: (typeof RECORD_KINDS)[number]) => [
  ...new Set(
    [fixtureDataset, bundled].flatMap((dataset) =>
      (dataset[kind] as object[]).flatMap((record) => Object.keys(record)),
    ),
  ),
];

describe('every field a change can name has a name in words', () => {
  it.each(
    LANGUAGES.flatMap((lang) =>
      RECORD_KINDS.flatMap((kind) => fieldsOf(kind).map((field) => [lang, kind, field] as const)),
    ),
  )('in %s, %s: %s', (lang, _kind, field) => {
    const names: Record<string, string> = MESSAGES[lang].fieldNames;
    expect(names[field]?.trim()).toBeTruthy();
  });
});
