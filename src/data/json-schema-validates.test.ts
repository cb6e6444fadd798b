// The published JSON Schema must accept our own file and refuse broken ones under a standard
// validator (ajv, draft 2020-12), not only match its generator.
/* eslint-disable @typescript-eslint/no-explicit-any -- copies are broken on purpose, field by field */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (path: string): unknown => JSON.parse(readFileSync(resolve(path), 'utf8'));

function validator(schemaPath: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(read(schemaPath) as object);
}

const validate = validator('public/data/partnership.schema.json');
const dataset = read('public/data/partnership.json') as Record<string, unknown[]>;

function broken(change: (copy: Record<string, any>) => void) {
  const copy = structuredClone(dataset) as Record<string, any>;
  change(copy);
  return copy;
}

describe('public/data/partnership.json under its published JSON Schema (ajv)', () => {
  it('is valid', () => {
    const valid = validate(dataset);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each<[string, (copy: Record<string, any>) => void]>([
    ['a colour that is not #rrggbb', (d) => (d.domains[0].color = 'red')],
    ['a javascript: address', (d) => (d.sources[0].url = 'javascript:alert(1)')],
    [
      'an address with a user name before the host',
      (d) => (d.sources[0].url = 'https://a.example@b.example/'),
    ],
    [
      'an address with a bidi control',
      (d) => (d.sources[0].url = 'https://example.org/\u202Efdp.exe'),
    ],
    ['a commitment without its evidence', (d) => delete d.commitments[0].evidence],
    ['a step with an unknown status', (d) => (d.commitments[0].steps[0].status = 'done')],
    ['an event of an unknown kind', (d) => (d.events[0].kind = 'party')],
    ['a meeting without a confidence', (d) => delete d.meetings[0].confidence],
    ['a date that is not a date', (d) => (d.events[0].date = '5 May 2026')],
  ])('refuses a copy with %s', (_name, change) => {
    expect(validate(broken(change))).toBe(false);
  });

  it('accepts upper-case colours and HTTPS addresses, as the app does', () => {
    expect(
      validate(
        broken((d) => {
          d.domains[0].color = '#AABBCC';
          d.sources[0].url = 'HTTPS://EXAMPLE.ORG/Page';
        }),
      ),
    ).toBe(true);
  });

  it('keeps release 1.1.0 as published: its schema refused only its upper-case colours', () => {
    // The defect this release fixes: the 1.1.0 schema lost the colour pattern's case-insensitive
    // flag, so a standard validator refused the file's own colours, and nothing else.
    const validate110 = validator('public/data/releases/1.1.0/partnership.schema.json');
    expect(validate110(read('public/data/releases/1.1.0/partnership.json'))).toBe(false);
    const paths = new Set(
      validate110.errors!.map((error) => error.instancePath.replace(/\d+/, 'n')),
    );
    expect([...paths]).toEqual(['/domains/n/color']);
  });
});
