import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { defaultView } from '../state/view';
import { useViewStore } from '../state/view-store';

// findBy* and waitFor wait as long as a busy machine needs, no call sets its own limit; a little
// under the tests' limit (testTimeout in vite.config.ts), so that a miss says what was not found.
configure({ asyncUtilTimeout: 50_000 });

// jsdom has no <dialog> behaviour and no layout; these stand-ins give components what a browser
// would, while the real rendering is checked in Chromium.
if (!HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

globalThis.ResizeObserver = class {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback(
      [{ target, contentRect: { width: 800, height: 320 } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
};

beforeEach(() => {
  useViewStore.setState({ view: defaultView(), notices: [] });
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  cleanup();
});
