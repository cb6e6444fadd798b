import { test as base, type Page } from '@playwright/test';

/** Opens a page and waits until the app has taken over from the prerendered HTML. */
export async function openApp(page: Page, url: string) {
  const response = await page.goto(url);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  return response;
}

/** Playwright's test, whose page.goto waits for the app to be ready. */
export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
      return response;
    };
    await use(page);
  },
});

export { expect } from '@playwright/test';
