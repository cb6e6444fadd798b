/** The reader's colour theme: the device's setting, or one chosen on the page. */
export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/**
 * Where the choice is remembered in localStorage. It is the reader's preference, not part of the
 * shared view, so it never goes into the URL. public/boot.js reads the same key before the first
 * paint (boot.test.ts checks that the two agree).
 */
export const THEME_STORAGE_KEY = 'eu-japan-tracker.theme';

/** Anything stored that is not a known choice (absent, edited by hand, an old format) is 'system'. */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return THEME_CHOICES.find((choice) => choice === stored) ?? 'system';
}

/**
 * Marks the page for the stylesheet: data-theme="light" or "dark" fixes the colour scheme; without
 * it the device's setting (prefers-color-scheme) decides.
 */
export function applyThemeChoice(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}
