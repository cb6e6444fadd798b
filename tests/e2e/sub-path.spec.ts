// The built site served from a sub-path, as on a static host that publishes it in a folder:
// the default build (relative addresses) and a build with BASE set to the folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../scripts/bench/static-server';
import { expectedTitles } from './support/bundled-dataset';
import { collectPageErrors, listedTitles } from './support/helpers';
import { expect, openApp, test } from './support/test';

/**
 * Opens `entry`, then loads the data, filters it, opens a commitment and reopens its permalink,
 * all under `site` (the address of the folder, without its final slash).
 */
async function checkJourney(page: Page, entry: string, site: string) {
  const errors = collectPageErrors(page);
  await openApp(page, entry);
  expect(page.url()).toBe(`${site}/`);
  expect(await listedTitles(page)).toEqual(expectedTitles({}));

  await page.getByRole('checkbox', { name: /^Semiconductors/ }).check();
  await expect(page).toHaveURL(`${site}/?domains=semiconductors`);
  expect(await listedTitles(page)).toEqual(expectedTitles({ domains: ['semiconductors'] }));

  // The card's own title link (the "What's new" panel and other cards' notes may link to it too).
  await page
    .getByRole('region', { name: 'Commitments' })
    .getByRole('heading', { name: 'Memorandum of Cooperation on semiconductors signed' })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(
    `${site}/?domains=semiconductors&item=dpc1-semiconductor-memorandum`,
  );
  const permalink = await page
    .getByRole('link', { name: 'Permalink to this commitment' })
    .evaluate((link: HTMLAnchorElement) => link.href);
  expect(permalink).toBe(`${site}/?item=dpc1-semiconductor-memorandum`);

  const reopened = await page.context().newPage();
  await openApp(reopened, permalink);
  await expect(
    reopened.getByRole('dialog').getByRole('heading', {
      name: 'Memorandum of Cooperation on semiconductors signed',
    }),
  ).toBeVisible();
  await reopened.close();
  expect(errors).toEqual([]);
}

test.describe('the default build under a sub-path', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await startStaticServer(resolve('dist'), {}, { mount: '/some/sub/path/' });
  });
  test.afterAll(() => server.close());

  test('loads the data, filters, and reopens a permalink', async ({ page }) => {
    await checkJourney(page, `${server.url}/`, server.url);
  });
});

test.describe('a build with BASE=/tracker/', () => {
  // One build for both tests.
  test.describe.configure({ mode: 'serial' });
  let out: string;
  let server: StaticServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // Built apart from dist/, which the other tests are using.
    out = mkdtempSync(join(tmpdir(), 'tracker-base-'));
    const run = (args: string[]) =>
      execFileSync('npx', args, { env: { ...process.env, BASE: '/tracker/' }, stdio: 'pipe' });
    run(['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error']);
    run(['tsx', 'scripts/prerender.ts', out]);
    server = await startStaticServer(out, {}, { mount: '/tracker/' });
  });
  test.afterAll(async () => {
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  test('writes absolute addresses under /tracker/ only', async ({ request }) => {
    const html = await (await request.get(`${server.url}/`)).text();
    // The boot script, the stylesheet, the entry boot.js starts with the modules it imports and the
    // parts it draws, and the data description (JSON-LD) the page links to.
    const assets = [
      ...html.matchAll(
        /<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"|name="app-(?:entry|module|part)" content="([^"]+)"/g,
      ),
    ]
      .map((match) => match[1] ?? match[2]!)
      .filter((address) => !address.startsWith('data:'));
    expect(assets).toContain('/tracker/boot.js');
    expect(assets).toContain('/tracker/data/dataset.jsonld');
    expect(assets.filter((address) => address.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
    for (const address of assets) {
      expect(address).toMatch(/^\/tracker\/(boot\.js$|assets\/|data\/dataset\.jsonld$|feed\.xml$)/);
    }
  });

  test('loads the data, filters, and reopens a permalink, from /tracker without its slash', async ({
    page,
  }) => {
    // A host redirects /tracker to /tracker/, as the static server here does.
    await checkJourney(page, server.url, server.url);
  });
});
