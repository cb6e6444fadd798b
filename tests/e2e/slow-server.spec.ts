import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../scripts/generate-dataset';

// A server that never answers, or that answers and then trickles the body, is given up within one
// overall deadline; until then the reader is told the data is loading and can open a file of
// their own. The page's clock is faked: twenty seconds pass at once, not in real time.

const DATASET = '**/data/partnership.json';
const loading = (page: Page) => page.getByRole('status').filter({ hasText: 'Loading the data' });

/**
 * Moves the page's fake clock on, a second at a time, until the page gives up. The deadline
 * starts when the app asks for the data, which may be a moment after the page is shown: stepping
 * the clock, rather than one jump, does not depend on that moment.
 */
async function giveUpWaiting(page: Page) {
  await expect
    .poll(
      async () => {
        await page.clock.runFor(1_000);
        return page.getByRole('alert').count();
      },
      { intervals: [50] },
    )
    .toBeGreaterThan(0);
}

test('a server that never answers: loading at once, a true error within 20 seconds', async ({
  page,
}) => {
  await page.clock.install();
  await page.route(DATASET, () => {
    // Never answered.
  });
  await page.goto('/');
  await expect(loading(page).first()).toBeVisible();

  await giveUpWaiting(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded');
  await expect(alert).toContainText('the page waited 20 seconds, then gave up');
  await expect(loading(page)).toHaveCount(0);
});

test('a file of the reader’s own opens before the dataset has arrived', async ({ page }) => {
  await page.clock.install();
  await page.route(DATASET, () => {
    // Never answered.
  });
  await page.goto('/');
  await expect(loading(page).first()).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  // The picker is under the header's More menu, which opens before the app runs too.
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('button', { name: 'Open a dataset file…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(generateDataset(7))),
  });
  await expect(page.getByText('Showing your file')).toContainText('(7 commitments)');
});

test.describe('a body that trickles in', () => {
  let server: Server;
  let port: number;
  test.beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{');
      const timer = setInterval(() => response.write(' '), 200);
      response.on('close', () => clearInterval(timer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  test.afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  test('counts against the same deadline', async ({ page }) => {
    await page.clock.install();
    await page.route(DATASET, (route) => route.continue({ url: `http://127.0.0.1:${port}/` }));
    await page.goto('/');
    await expect(loading(page).first()).toBeVisible();
    await giveUpWaiting(page);
    await expect(page.getByRole('alert')).toContainText('the page waited 20 seconds, then gave up');
  });
});
