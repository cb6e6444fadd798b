import type { Page } from '@playwright/test';

/**
 * Holds every response to `pattern` until the returned function is called: what the page does
 * before they arrive can be tested without any fixed wait.
 */
export async function holdResponses(page: Page, pattern: string): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
