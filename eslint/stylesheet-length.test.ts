import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINES } from './max-lines.js';

// ESLint does not read CSS, so the stylesheets' length rule is held here.
function stylesheets(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const root = join(import.meta.dirname, '..');
const sheets = stylesheets(join(root, 'src')).map((path) => relative(root, path));

describe('stylesheets', () => {
  it('are found', () => {
    expect(sheets).toContain('src/styles.css');
  });

  it.each(sheets)(`%s is at most ${MAX_LINES} lines`, (path) => {
    const lines = readFileSync(join(root, path), 'utf8').split('\n');
    // A final newline does not start another line.
    const count = lines.at(-1) === '' ? lines.length - 1 : lines.length;
    expect(count).toBeLessThanOrEqual(MAX_LINES);
  });
});
