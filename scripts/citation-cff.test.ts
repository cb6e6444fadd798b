import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The top-level `key: value` lines of CITATION.cff (quotes removed); nested lines are skipped. */
function topLevelKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([a-z][a-z-]*):(?: (.*))?$/.exec(line);
    if (match) keys.set(match[1]!, (match[2] ?? '').replace(/^(["'])(.*)\1$/, '$2'));
  }
  return keys;
}

const cff = readFileSync(resolve('CITATION.cff'), 'utf8');
const dataset = JSON.parse(readFileSync(resolve('public/data/partnership.json'), 'utf8')) as {
  meta: { title: { en: string }; version: string; licence: string };
};

describe('CITATION.cff', () => {
  const keys = topLevelKeys(cff);

  it('has the keys Citation File Format 1.2.0 requires, for a dataset', () => {
    expect(keys.get('cff-version')).toBe('1.2.0');
    expect(keys.get('message')).toBeTruthy();
    expect(keys.get('title')).toBeTruthy();
    expect(keys.has('authors')).toBe(true);
    expect(cff).toMatch(/^authors:\n {2}- name: (["'])[^"']+\1$/m);
    expect(keys.get('type')).toBe('dataset');
    expect(keys.get('date-released')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names the title, the version and the licence of the published dataset', () => {
    expect(keys.get('title')).toBe(dataset.meta.title.en);
    expect(keys.get('version')).toBe(dataset.meta.version);
    expect(keys.get('license')).toBe(dataset.meta.licence);
  });

  it('is made of comments, top-level keys and indented lines only, with no tabs', () => {
    for (const line of cff.split('\n')) {
      expect(line).toMatch(/^(#.*|[a-z][a-z-]*:( .*)?| {2}.*|)$/);
    }
  });
});
