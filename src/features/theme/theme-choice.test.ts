// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyThemeChoice, parseThemeChoice } from './theme-choice';

describe('parseThemeChoice', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    [null, 'system'],
    [undefined, 'system'],
    ['', 'system'],
    ['Dark', 'system'],
    ['{"theme":"dark"}', 'system'],
  ])('%s → %s', (stored, expected) => {
    expect(parseThemeChoice(stored)).toBe(expected);
  });
});

describe('applyThemeChoice', () => {
  it('sets data-theme for a fixed theme and removes it for the device setting', () => {
    const root = document.createElement('html');
    applyThemeChoice(root, 'dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
    applyThemeChoice(root, 'light');
    expect(root.getAttribute('data-theme')).toBe('light');
    applyThemeChoice(root, 'system');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});
