import { useSyncExternalStore } from 'react';
import {
  applyThemeChoice,
  parseThemeChoice,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from './theme-choice';

// A tiny store of its own rather than the view store: the view is what a URL shares, the theme is
// the reader's own.

const listeners = new Set<() => void>();
let current: ThemeChoice | undefined;

function readStored(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    // Storage can be refused (private modes, blocked site data): the device's setting applies.
    return 'system';
  }
}

function currentChoice(): ThemeChoice {
  current ??= readStored();
  return current;
}

function changed(choice: ThemeChoice) {
  current = choice;
  applyThemeChoice(document.documentElement, choice);
  listeners.forEach((listener) => listener());
}

/** Applies the choice to the page at once and remembers it for the next visit. */
export function themeChosen(choice: ThemeChoice): void {
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not remembered where storage is refused; the choice still holds until the page is left.
  }
  changed(choice);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // A choice made in another tab of the site applies here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null) changed(readStored());
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The remembered choice. The build renders the page without knowing it, so the first render
 * (hydration) uses 'system' like the prerendered page, and React then redraws with the real one;
 * the colours themselves are right from the first paint (public/boot.js).
 */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, currentChoice, () => 'system');
}
