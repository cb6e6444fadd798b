import { expect, test } from '@playwright/test';
import { expectedTitles } from './support/bundled-dataset';
import { holdResponses } from './support/hold';

test.describe('without script', () => {
  test.use({ javaScriptEnabled: false });

  test('the default view is in the page itself, drawn before any script runs', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const list = page.getByRole('region', { name: 'Commitments' });
    // The first step of the list is in the page; the rest comes with the app.
    await expect(list.getByRole('article')).toHaveCount(20);
    await expect(list).toContainText(`Showing 20 of ${expectedTitles({}).length} commitments.`);
    await expect(page.getByRole('grid', { name: /by domain/ })).toBeVisible();
  });
});

test('a link to another view never shows the prerendered default view in its place', async ({
  page,
}) => {
  // Hold the script back: until it runs, only the prerendered page is there.
  const release = await holdResponses(page, '**/assets/index-*.js');
  await page.goto('/?domains=quantum', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.layout')).toBeHidden();

  release();
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await expect(page.locator('.layout')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Quantum/ })).toBeChecked();
});
