import { showCharts } from './support/helpers';
import { expect, test } from './support/test';

test('printing shows the view in black on white, without the controls, and says where it is from', async ({
  page,
}) => {
  // A reader with the dark theme still prints black on white.
  await page.addInitScript(() => window.localStorage.setItem('eu-japan-tracker.theme', 'dark'));
  await page.goto('/?meetings=dpc2,dpc3');
  await showCharts(page);
  const printLine = page.locator('.print-line');
  await expect(printLine).toBeHidden();
  const showMore = page.getByRole('button', { name: /^Show \d+ more$/ });
  await expect(showMore).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const control of [
    page.getByRole('link', { name: 'Skip to the content' }),
    page.getByRole('combobox', { name: 'Theme' }),
    page.getByRole('button', { name: 'Copy link' }),
    page.getByRole('form', { name: 'Filters' }),
    page.getByRole('navigation').first(),
    showMore,
  ]) {
    await expect(control).toBeHidden();
  }
  // No button is left, but the table's headings and cells (buttons on screen) are its text.
  const buttonsLeft = await page
    .locator('button:visible')
    .evaluateAll((buttons) => buttons.filter((button) => !button.closest('table')).length);
  expect(buttonsLeft).toBe(0);
  await expect(
    page
      .getByRole('grid', { name: /by domain/ })
      .getByRole('button')
      .first(),
  ).toBeVisible();

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('grid', { name: /by domain/ })).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  // What folds away on screen is written out on paper.
  const timelineTable = page
    .locator('details', { hasText: 'Timeline as a table' })
    .getByRole('table');
  await expect(timelineTable).toBeVisible();
  // The list drawn a step at a time on screen is printed whole, without "Showing 20 of …".
  const commitments = page.getByRole('region', { name: 'Commitments' });
  const stated = await commitments.getByText(/^[\d,]+ commitments, newest first\./).textContent();
  const total = Number(/^[\d,]+/.exec(stated ?? '')?.[0].replaceAll(',', ''));
  expect(total).toBeGreaterThan(20);
  await expect(commitments.getByRole('article')).toHaveCount(total);
  await expect(commitments.getByRole('article').last()).toBeVisible();
  await expect(commitments.getByText(/^Showing \d+ of/)).toHaveCount(0);

  await expect(printLine).toBeVisible();
  await expect(printLine).toContainText(`from ${page.url()}`);
  expect(page.url()).toContain('?meetings=dpc2,dpc3');

  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');

  // A source's address is written after its link.
  const source = page.locator('.evidence-source a[href^="http"]').first();
  const href = await source.getAttribute('href');
  const after = await source.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain(href);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);

  // Back on screen, the list is paged again where the reader left it.
  await page.emulateMedia({ media: 'screen' });
  await expect(commitments.getByRole('article')).toHaveCount(20);
  await expect(showMore).toBeVisible();
});

test('the print line is in Japanese on the Japanese page', async ({ page }) => {
  await page.goto('/?lang=ja');
  await page.emulateMedia({ media: 'print' });
  const printLine = page.locator('.print-line');
  await expect(printLine).toBeVisible();
  await expect(printLine).toContainText(/^印刷日：\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(printLine).toContainText(`URL：${page.url()}`);
});
