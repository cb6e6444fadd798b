import type { Page } from '@playwright/test';
import { afterFrames, collectPageErrors, showCharts } from './support/helpers';
import { expect, test } from './support/test';
import { holdResponses } from './support/hold';

/** Relative luminance (WCAG) of a computed rgb() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

async function pageColours(page: Page) {
  const { background, text } = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return { background: style.backgroundColor, text: style.color };
  });
  return { background: luminance(background), text: luminance(text) };
}

async function expectDark(page: Page) {
  const colours = await pageColours(page);
  expect(colours.background).toBeLessThan(0.05);
  expect(colours.text).toBeGreaterThan(0.7);
}

async function expectLight(page: Page) {
  const colours = await pageColours(page);
  expect(colours.background).toBeGreaterThan(0.9);
  expect(colours.text).toBeLessThan(0.05);
}

const perMeetingTooltip = (page: Page) =>
  page
    .getByRole('figure', { name: 'Domain tags per meeting' })
    .locator('.recharts-tooltip-wrapper');

/** The Theme control, under the header's More menu (opened if it is closed). */
async function themeControl(page: Page) {
  const more = page.getByRole('button', { name: 'More', exact: true });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  return page.getByRole('combobox', { name: 'Theme' });
}

test('the page follows the device: dark when the device asks for dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expectDark(page);
  // Native controls (the search field, the selects) follow too.
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'light dark');
  await expect(await themeControl(page)).toHaveValue('system');

  await page.emulateMedia({ colorScheme: 'light' });
  await expectLight(page);
});

test('a chosen theme overrides the device, is remembered, and is there before the app starts', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const control = await themeControl(page);
  // With the keyboard: Device setting → Light → Dark.
  await control.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // Choosing may close the menu; the control is found again under it.
  await expect(await themeControl(page)).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectDark(page);
  // A preference of this reader, not part of the view they share.
  expect(page.url()).not.toContain('theme');

  // Reload with the app's script held back: the prerendered page is already dark.
  const release = await holdResponses(page, '**/assets/index-*.js');
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectDark(page);

  release();
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  // After the reload the More menu is closed again: open it to read the control.
  const reloaded = await themeControl(page);
  await expect(reloaded).toHaveValue('dark');
  await expectDark(page);

  await reloaded.selectOption('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.unrouteAll();
  await page.goto('/?lang=ja');
  await page.getByRole('button', { name: 'その他', exact: true }).click();
  await expect(page.getByRole('combobox', { name: '配色' })).toHaveValue('light');
  await expectLight(page);

  // Back to the device's setting, which is dark.
  await page.getByRole('combobox', { name: '配色' }).selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expectDark(page);
  await page.goto('/');
  await expectDark(page);
  // The remembered choice differs from the prerendered page's, yet hydration is clean.
  expect(errors).toEqual([]);
});

/** Opens the comparison with its script held back, so that its loading spinner stays on screen. */
async function showComparisonSpinner(page: Page): Promise<() => void> {
  const release = await holdResponses(page, '**/assets/ComparePage-*.js');
  // From the overview: a link straight to the comparison waits for its script before drawing.
  await page.goto('/');
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await page.getByRole('link', { name: 'Compare meetings' }).click();
  await expect(page.getByText('Loading the comparison…')).toBeVisible();
  return release;
}

test.describe('when the reader asks for reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing animates, and the charts are drawn without animation', async ({ page }) => {
    const release = await showComparisonSpinner(page);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    release();

    await page.goto('/');
    await showCharts(page);
    const bar = page.locator('.recharts-bar-rectangle path').first();
    const drawn = await bar.getAttribute('d');
    // An animated bar would change its shape over the next frames.
    await afterFrames(page, 30);
    expect(await bar.getAttribute('d')).toBe(drawn);

    // The tooltip appears where it is, without sliding there.
    await bar.hover();
    const tooltip = perMeetingTooltip(page);
    await expect(tooltip).toBeVisible();
    const durations = await tooltip.evaluate(
      (element) => getComputedStyle(element).transitionDuration,
    );
    expect(durations.split(',').every((duration) => parseFloat(duration) === 0)).toBe(true);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});

test('without that request, the same spinner and tooltip do move', async ({ page }) => {
  // The counterpart of the test above: it shows that test measures something real.
  const release = await showComparisonSpinner(page);
  expect(await page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
  release();

  await page.goto('/');
  await showCharts(page);
  await page.locator('.recharts-bar-rectangle path').first().hover();
  const tooltip = perMeetingTooltip(page);
  await expect(tooltip).toBeVisible();
  expect(
    parseFloat(await tooltip.evaluate((element) => getComputedStyle(element).transitionDuration)),
  ).toBeGreaterThan(0);
});
