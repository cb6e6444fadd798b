// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from './theme-choice';

// public/boot.js runs before the first paint, outside the bundle; it must read the key the app writes.
const bootScript = readFileSync(resolve(__dirname, '../../../public/boot.js'), 'utf8');
const runBootScript = () => new Function(bootScript)();

describe('public/boot.js applies the remembered theme', () => {
  afterEach(() => {
    window.localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
  });

  it.each([
    ['dark', 'dark'],
    ['light', 'light'],
    ['system', null],
    ['purple', null],
    [null, null],
  ])('stored %s gives data-theme %s', (stored, expected) => {
    if (stored !== null) window.localStorage.setItem(THEME_STORAGE_KEY, stored);
    runBootScript();
    expect(document.documentElement.getAttribute('data-theme')).toBe(expected);
  });
});
