import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeJsonSchema } from './json-schema';

describe('the published JSON Schema', () => {
  it('matches the zod schema (run `npm run schema` after changing src/data/schema.ts)', () => {
    const published = readFileSync(resolve('public/data/partnership.schema.json'), 'utf8');
    expect(published).toBe(serializeJsonSchema());
  });

  it('forbids addresses other than http(s) for anyone validating their own file', () => {
    const schema = JSON.parse(serializeJsonSchema()) as {
      properties: { sources: { items: { properties: { url: { pattern?: string } } } } };
    };
    const pattern = schema.properties.sources.items.properties.url.pattern;
    expect(pattern).toBeDefined();
    expect(new RegExp(pattern!).test('javascript:alert(1)')).toBe(false);
    expect(new RegExp(pattern!).test('https://digital.go.jp/en')).toBe(true);
  });
});
