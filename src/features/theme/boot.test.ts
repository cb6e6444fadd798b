// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_STORAGE_KEY } from './theme-choice';

// public/boot.js runs before the first paint, outside the bundle; it must read the key the app writes.
const bootScript = readFileSync(resolve(__dirname, '../../../public/boot.js'), 'utf8');
const runBootScript = () => new Function(bootScript)();
// Loaded by boot.js only when the app cannot run; jsdom does not load scripts, so it is run here.
const cannotRunScript = readFileSync(
  resolve(__dirname, '../../../public/app-cannot-run.js'),
  'utf8',
);

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

/**
 * Runs the script, what it set to run once the document is parsed (and nothing else), and the
 * sandboxed frame's notice if it asked for it; says whether it did.
 */
function runBootScriptToLoaded(): boolean {
  const onLoaded: (() => void)[] = [];
  const add = vi.spyOn(window, 'addEventListener').mockImplementation((type, listener) => {
    if (type === 'DOMContentLoaded') onLoaded.push(listener as () => void);
  });
  runBootScript();
  add.mockRestore();
  for (const listener of onLoaded) listener();
  const notice = document.head.querySelector('script[src$="/app-cannot-run.js"]');
  if (!notice) return false;
  notice.remove();
  new Function(cannotRunScript)();
  return true;
}

describe('public/boot.js in a sandboxed frame without same origin', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it.each([
    ['an opaque origin', () => vi.spyOn(window, 'origin', 'get').mockReturnValue('null')],
    [
      'storage that throws, in a frame',
      () => {
        vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window);
        vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
          throw new DOMException('denied', 'SecurityError');
        });
      },
    ],
  ])('with %s, says plainly that the page must open in a new tab', (_name, sandbox) => {
    window.history.replaceState(null, '', '/?domains=ai&embed=1');
    document.body.innerHTML = '<main>prerendered view</main>';
    sandbox();
    expect(runBootScriptToLoaded()).toBe(true);
    const alert = document.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain(
      'This page cannot run inside this frame; open it in a new tab.',
    );
    const link = alert.querySelector('a')!;
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.getAttribute('href')).toBe('http://localhost:3000/?domains=ai');
    expect(document.body.textContent).not.toContain('prerendered view');
  });

  it('leaves a page in its own tab alone', () => {
    document.body.innerHTML = '<main>prerendered view</main>';
    expect(runBootScriptToLoaded()).toBe(false);
    expect(document.body.textContent).toContain('prerendered view');
  });
});
