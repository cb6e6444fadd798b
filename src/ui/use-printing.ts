import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let printing = false;
const listeners = new Set<() => void>();
let stopListening: (() => void) | undefined;

function setPrinting(next: boolean) {
  if (next === printing) return;
  printing = next;
  // The browser lays the page out for paper as soon as `beforeprint` returns: what is to be
  // printed must be in the document by then, not in a render React would schedule for later.
  flushSync(() => listeners.forEach((listener) => listener()));
}

/** Whether the page is being printed now, as the store behind `usePrinting` knows it. */
export function isPrinting(): boolean {
  return printing;
}

/**
 * Calls `listener` when printing starts and when it ends. Both the print events and the print
 * media query are followed: browsers differ in which they fire, and emulating print media (as
 * browser tests do) fires only the latter.
 */
export function subscribePrinting(listener: () => void): () => void {
  if (listeners.size === 0) {
    const print = window.matchMedia?.('print');
    const start = () => setPrinting(true);
    const end = () => setPrinting(false);
    const change = (event: MediaQueryListEvent) => setPrinting(event.matches);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    print?.addEventListener('change', change);
    printing = print?.matches ?? false;
    stopListening = () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      print?.removeEventListener('change', change);
      // Nothing follows the events any more: the next subscriber asks the media query again.
      printing = false;
    };
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stopListening?.();
  };
}

/**
 * Whether the page is being printed. False on the server, so the prerendered page and the first
 * render in the browser agree; while printing lasts, the components that ask draw for paper.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribePrinting, isPrinting, () => false);
}
