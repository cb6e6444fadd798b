import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { generateDataset } from '../../scripts/generate-dataset';
import { dataset } from './support/bundled-dataset';
import { collectPageErrors, showCharts } from './support/helpers';

const DATASET = '**/data/partnership.json';
const commitments = (page: Page) =>
  page.getByRole('region', { name: 'Commitments' }).getByRole('article');

test('a server error is named, retried, and Retry works once the server recovers', async ({
  page,
}) => {
  let failures = 0;
  await page.route(DATASET, (route) => {
    failures += 1;
    return route.fulfill({ status: 500, body: 'Internal error' });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The server failed to send the dataset (500', {
    timeout: 15_000,
  });
  // react-query already retried on its own before giving up.
  expect(failures).toBeGreaterThan(1);

  await page.unroute(DATASET);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(commitments(page).first()).toBeVisible();
});

test('a network failure is named as such', async ({ page }) => {
  await page.route(DATASET, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be reached', { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a redirect loop is named without blaming the reader’s connection, and Retry works', async ({
  page,
}) => {
  // The dataset's address redirects to itself, as a misconfigured server would; the browser gives
  // up after 20 redirects. page.route sees only the first request of a redirect chain, so the
  // requests are answered through the DevTools protocol, each of them.
  const cdp = await page.context().newCDPSession(page);
  let requests = 0;
  cdp.on('Fetch.requestPaused', (event: { requestId: string; request: { url: string } }) => {
    requests += 1;
    void cdp.send('Fetch.fulfillRequest', {
      requestId: event.requestId,
      responseCode: 302,
      responseHeaders: [{ name: 'Location', value: event.request.url }],
    });
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/data/partnership.json*' }] });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('for example, a redirect loop', { timeout: 15_000 });
  await expect(alert).not.toContainText(/connection|offline/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requests).toBeGreaterThan(20);

  await cdp.send('Fetch.disable');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(commitments(page).first()).toBeVisible();
});

test('hostile strings in data render as inert text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostileTitle = '<script>alert("title")</script><img src=x onerror=alert("img")>';
  // An override that is never closed would reverse everything after it, were it not isolated.
  const bidiTitle = 'Signed \u202Eby the ministers';
  await page.route(DATASET, async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as typeof dataset & {
      commitments: { title: { en: string }; evidence: { quote: string }[] }[];
    };
    data.commitments[0]!.title.en = hostileTitle;
    data.commitments[0]!.evidence[0]!.quote = '<b onmouseover=alert("quote")>bold</b>';
    data.commitments[1]!.title.en = bidiTitle;
    await route.fulfill({ response, json: data });
  });
  // The first two commitments of the file are the oldest: on the first page, oldest first.
  await page.goto('/?sort=oldest');
  const list = page.getByRole('region', { name: 'Commitments' });
  await expect(list.getByRole('heading', { name: hostileTitle })).toBeVisible();
  await expect(list.getByText('“<b onmouseover=alert("quote")>bold</b>”')).toBeVisible();
  const bidiHeading = list.getByRole('heading', { name: bidiTitle });
  await expect(bidiHeading.locator('bdi')).toHaveText(bidiTitle);
  // The text after the title is laid out left to right as usual: its date follows its meeting.
  const facts = bidiHeading.locator(
    'xpath=ancestor::article//dl[contains(@class, "commitment-facts")]',
  );
  // Status, type, meeting, date: the date comes after the meeting, on its line or the next.
  const meetingBox = (await facts.locator(':scope > div').nth(2).boundingBox())!;
  const dateBox = (await facts.locator(':scope > div').nth(3).boundingBox())!;
  expect(dateBox.y > meetingBox.y || dateBox.x > meetingBox.x).toBe(true);
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a few hundred random URLs give a page and no error', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pieces = [
    'domains',
    'meetings',
    'q',
    'view',
    'compare',
    'lang',
    'item',
    'type',
    'status',
    'confidence',
    'x',
    '%',
    '%zz',
    '%E0%A4',
    '=',
    '&',
    ',',
    'ai',
    'dpc2',
    '<script>',
    '\u202e',
    'ja',
    'compare',
    '%00',
    '..',
    'dpc1-semiconductor-memorandum',
  ];
  const randomQuery = () =>
    Array.from(
      { length: 1 + Math.floor(random() * 12) },
      () => pieces[Math.floor(random() * pieces.length)],
    ).join(random() < 0.5 ? '' : '=');

  // 30 full page loads, each followed by 9 Back/Forward-style navigations in the page (the same
  // parsing path without a reload): 300 URLs in all.
  for (let load = 0; load < 30; load++) {
    await page.goto(`/?${randomQuery()}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const queries = Array.from({ length: 9 }, randomQuery);
    await page.evaluate(async (list) => {
      for (const q of list) {
        window.history.pushState(null, '', `?${q}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    }, queries);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await expect(page.locator('#main')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the app runs under its Content-Security-Policy with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("object-src 'none'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'self'; script-src 'self'/,
  );
  await showCharts(page);
  await page
    .getByRole('link', { name: 'Memorandum of Cooperation on semiconductors signed' })
    .click();
  // The dialog's code loads on first use: close it once it is open.
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('link', { name: 'Compare meetings' }).click();
  await expect(
    page.getByRole('table', { name: 'Commitments per domain at A and at B' }),
  ).toBeVisible();
  await page.locator('#dataset-file').setInputFiles({
    name: 'small.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(generateDataset(20))),
  });
  await expect(page.getByText('Showing your file')).toBeVisible();
  const violations = await page.evaluate(
    () => (window as unknown as { violations: string[] }).violations,
  );
  expect(violations).toEqual([]);
});

test('the views the build draws run under the policy with no violation', async ({ page }) => {
  // The policy refuses style attributes in a page's markup, one console error each.
  const files = readdirSync('dist/views').map((name) => `dist/views/${name}`);
  const styled = ['dist/index.html', ...files].filter((file) =>
    / style="/.test(readFileSync(file, 'utf8')),
  );
  expect(styled).toEqual([]);
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(event.violatedDirective);
    });
  });
  for (const address of ['/?view=compare', '/?view=compare&lang=ja', '/?domains=ai']) {
    await page.goto(address);
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    const violations = await page.evaluate(
      () => (window as unknown as { violations: string[] }).violations,
    );
    expect(violations, address).toEqual([]);
  }
});

test('a chart that fails shows an error in its panel only', async ({ page }) => {
  await page.addInitScript(() => {
    window.ResizeObserver = class {
      constructor() {
        throw new Error('ResizeObserver is not available');
      }
    } as unknown as typeof ResizeObserver;
  });
  await page.goto('/?domains=quantum');
  // Bring the charts near the screen through the list below them: the charts' own heading may
  // already have been replaced by the error when they were near enough to load at once.
  await page.getByRole('heading', { name: 'Commitments', exact: true }).scrollIntoViewIfNeeded();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The charts could not be shown.' }),
  ).toBeVisible();
  await expect(commitments(page).first()).toBeVisible();
  await page.getByRole('checkbox', { name: /^Semiconductors/ }).check();
  await expect(page).toHaveURL(/domains=quantum,semiconductors/);
  await expect(page.getByRole('grid', { name: /by domain/ }).locator('tbody tr')).toHaveCount(2);
});
