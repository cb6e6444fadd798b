import { createServer, type Server } from 'node:http';
import type { BrowserContext, Page } from '@playwright/test';
import { expectedTitles } from './support/bundled-dataset';
import { collectPageErrors, listedTitles } from './support/helpers';
import { expect, test } from './support/test';

const chrome = (page: Page) => ({
  header: page.locator('.page-header'),
  views: page.getByRole('navigation', { name: /^(Views|表示の切り替え)$/ }),
  filters: page.getByRole('form', { name: 'Filters' }),
  filtersButton: page.getByRole('button', { name: /^Filters/ }),
});

test('embed=1 shows the filtered view without the page chrome', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?domains=semiconductors&embed=1');
  const { header, views, filters, filtersButton } = chrome(page);
  await expect(header).toBeHidden();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(views).toHaveCount(0);
  await expect(filters).toBeHidden();
  await expect(filtersButton).toBeHidden();
  expect(await listedTitles(page)).toEqual(expectedTitles({ domains: ['semiconductors'] }));
  await expect(page).toHaveURL(/\?domains=semiconductors&embed=1$/);
  // The content takes the whole width the sidebar left.
  const main = await page.locator('main').boundingBox();
  expect(main!.x).toBeLessThan(40);
  expect(errors).toEqual([]);
});

test('the embedded comparison stays a comparison', async ({ page }) => {
  await page.goto('/?view=compare&compare=dpc1,dpc2&embed=1');
  await expect(page.getByRole('heading', { name: 'Compare two meetings' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Meeting A' })).toHaveValue('dpc1');
  await expect(page.getByRole('combobox', { name: 'Meeting B' })).toHaveValue('dpc2');
  await expect(page.locator('#compare-summary-text')).toHaveText(
    /^Council 1 \(Tokyo 2023\) → Council 2 \(Brussels 2024\):/,
  );
  await expect(chrome(page).views).toHaveCount(0);
  await expect(page).toHaveURL(/\?view=compare&compare=dpc1,dpc2&embed=1$/);
});

test('"Open the full view" opens the same address without embed=1 in a new tab', async ({
  page,
  context,
}) => {
  await page.goto('/?domains=ai&q=rules&lang=ja&embed=1');
  const link = page.getByRole('link', { name: /全体表示で開く/ });
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /noopener/);
  const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await full.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const expected = new URL(page.url());
  expected.searchParams.delete('embed');
  expect(full.url()).toBe(expected.toString().replace(/%2C/g, ','));
  await expect(chrome(full).views).toBeVisible();
  await expect(full.getByRole('searchbox')).toHaveValue('rules');
});

test('before the app starts, the prerendered page shows no header in a frame', async ({
  context,
}) => {
  // A page of its own: the app's script never arrives, so only boot.js and the CSS are at work.
  const page = await context.newPage();
  await page.route('**/assets/index-*.js', (route) => route.abort());
  await page.goto('/?embed=1');
  await expect(page.locator('#root[data-prerendered]')).toBeAttached();
  await expect(page.locator('.page-header')).toBeHidden();
});

/** A page on another origin (another port) whose body is the given HTML. */
async function hostPage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="en"><title>Host</title><body>${html}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, server };
}

async function copyEmbedCode(page: Page, context: BrowserContext): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The embed code is one of the header's less used tools, under More.
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.getByText('Embed code copied')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test('the copied embed code shows the current view inside an iframe on another site', async ({
  page,
  context,
}) => {
  await page.goto('/?domains=semiconductors');
  await page.getByRole('checkbox', { name: /^Quantum/ }).check();
  const code = await copyEmbedCode(page, context);
  expect(code).toMatch(
    /^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy"><\/iframe>$/,
  );
  const src = new URL(/src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&'));
  expect(src.search).toBe('?domains=quantum,semiconductors&embed=1');
  expect(src.origin).toBe(new URL(page.url()).origin);

  const host = await hostPage(code);
  try {
    const other = await context.newPage();
    const errors = collectPageErrors(other);
    await other.goto(host.url);
    const frame = other.frameLocator('iframe');
    await expect(frame.locator('html[data-app-ready]')).toBeAttached();
    await expect(frame.getByRole('region', { name: 'Commitments' })).toBeVisible();
    await expect(frame.locator('.page-header')).toBeHidden();
    const titles = await frame
      .getByRole('region', { name: 'Commitments' })
      .getByRole('article')
      .getByRole('heading')
      .allTextContents();
    const expected = expectedTitles({ domains: ['quantum', 'semiconductors'] });
    expect(titles.length).toBe(Math.min(20, expected.length));
    expect(titles.every((title) => expected.includes(title))).toBe(true);
    await expect(frame.getByRole('link', { name: 'Open the full view' })).toHaveAttribute(
      'href',
      '?domains=quantum,semiconductors',
    );
    expect(errors).toEqual([]);
  } finally {
    await new Promise((resolve) => host.server.close(resolve));
  }
});
