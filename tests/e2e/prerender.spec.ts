import { expect, test } from '@playwright/test';
import { dataset, expectedTitles } from './support/bundled-dataset';
import { generateDataset } from '../../scripts/generate-dataset';
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

test('the home page asks for no script and no data until its first paint is on screen', async ({
  page,
}) => {
  const response = await page.goto('/');
  // Module preloads in the head would be requested beside the stylesheet, before the paint.
  expect(await response!.text()).not.toContain('rel="modulepreload"');
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const { painted, requests } = await page.evaluate(() => ({
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    requests: performance
      .getEntriesByType('resource')
      .filter(({ name }) => /\/assets\/[^/]+\.js$|partnership\.json$/.test(name))
      .map(({ name, startTime }) => ({ name, startTime })),
  }));
  expect(painted).toBeGreaterThan(0);
  expect(requests.map(({ name }) => name)).toContainEqual(expect.stringMatching(/index-.*\.js$/));
  for (const { name, startTime } of requests) expect(startTime, name).toBeGreaterThan(painted!);
});

test('the home page starts the app even where the browser never reports its first paint', async ({
  page,
}) => {
  // As with some privacy settings: paint timing is said to be supported, and never reported.
  await page.addInitScript(`(() => {
    window.PerformanceObserver = class {
      static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
      observe() {}
      disconnect() {}
    };
  })();`);
  await page.goto('/');
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await page.getByRole('checkbox', { name: /^Quantum/ }).check();
  await expect(page).toHaveURL(/domains=quantum/);
});

test('for a link the app draws, the stylesheet is requested before the app, its parts and the data', async ({
  page,
}) => {
  // Requested after them, the stylesheet came late, and the page was laid out whole without it.
  await page.goto('/?domains=quantum,ai&meetings=dpc2');
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const started = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(
        ({ name }) => /\.(css|js)$|partnership\.json$/.test(name) && !name.endsWith('boot.js'),
      )
      .map(({ name, startTime }) => ({ name, startTime })),
  );
  const stylesheet = started.find(({ name }) => name.endsWith('.css'));
  expect(stylesheet).toBeDefined();
  expect(started.filter(({ name }) => name.endsWith('.js')).length).toBeGreaterThan(3);
  for (const { name, startTime } of started.filter((entry) => entry !== stylesheet))
    expect(startTime, name).toBeGreaterThan(stylesheet!.startTime);
});

test('a link to another view never shows the prerendered default view in its place', async ({
  page,
}) => {
  // Hold the script back: until it runs, only the prerendered page is there. Two domains: a view
  // the build did not draw.
  const release = await holdResponses(page, '**/assets/index-*.js');
  await page.goto('/?domains=quantum,ai', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.layout')).toBeHidden();

  release();
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await expect(page.locator('.layout')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Quantum/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Artificial intelligence/ })).toBeChecked();
});

// The views the build drew besides the default one (src/entry-prerender.tsx) are on screen before
// the app's script has run at all.
const QUANTUM = expectedTitles({ domains: ['quantum'] });
const AI = expectedTitles({ domains: ['ai'] }, 'ja');
const DPC4 = expectedTitles({ meetings: ['dpc4'] });
for (const { url, heading, count, titles } of [
  {
    url: '/?domains=quantum',
    heading: 'What the EU and Japan committed to, Council by Council',
    count: `${QUANTUM.length} commitments, newest first.`,
    titles: QUANTUM,
  },
  {
    url: '/?domains=ai&lang=ja',
    heading: '閣僚級会合ごとに見る日EUの合意事項',
    count: `合意事項${AI.length}件`,
    titles: AI,
  },
  {
    url: '/?meetings=dpc4',
    heading: 'What the EU and Japan committed to, Council by Council',
    count: `${DPC4.length} commitments, newest first.`,
    titles: DPC4,
  },
]) {
  test(`a link to one domain or one meeting is drawn by the build, before the app runs: ${url}`, async ({
    page,
  }) => {
    const release = await holdResponses(page, '**/assets/index-*.js');
    await page.goto(url, { waitUntil: 'commit' });
    const list = page.getByRole('region', { name: /^(Commitments|合意事項)/ });
    await expect(list.locator('.panel-summary').first()).toContainText(count);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    // Every card of the list's first step, the cards being put in a frame after the rest.
    const cards = list.getByRole('article');
    await expect(cards).toHaveCount(Math.min(20, titles.length));
    expect(titles).toContain(await cards.first().getByRole('heading').innerText());
    expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull();

    release();
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await expect(list.locator('.panel-summary').first()).toContainText(count);
  });
}

test('a link pinning a release is drawn by the build, with its banner', async ({ page }) => {
  const release = await holdResponses(page, '**/assets/index-*.js');
  await page.goto('/?v=1.1.0', { waitUntil: 'commit' });
  const banner = page.getByRole('status').filter({ hasText: 'release 1.1.0' });
  await expect(banner).toContainText('The latest release is 2.0.0');
  await expect(page.getByRole('region', { name: 'Commitments' })).toBeVisible();
  expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull();

  release();
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await expect(banner).toBeVisible();
});

test('an embedded domain is drawn by the build, its keys in any order', async ({ page }) => {
  const release = await holdResponses(page, '**/assets/index-*.js');
  // The app writes domains=…&embed=1; another site's page may not.
  await page.goto('/?embed=1&domains=quantum', { waitUntil: 'commit' });
  const list = page.getByRole('region', { name: 'Commitments' });
  await expect(list.locator('.panel-summary').first()).toContainText(
    `${QUANTUM.length} commitments, newest first.`,
  );
  await expect(page.locator('.page-embed')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull();

  release();
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await expect(page.locator('.page-embed')).toBeVisible();
});

// The opened commitment over the default view, or over the Japanese overview (keys in any order).
const MEMORANDUM = dataset.commitments.find(({ id }) => id === 'dpc1-semiconductor-memorandum')!;
for (const { url, title, heading, close } of [
  {
    url: '/?item=dpc1-semiconductor-memorandum',
    title: MEMORANDUM.title.en,
    heading: 'What the EU and Japan committed to, Council by Council',
    close: 'Close',
  },
  {
    url: '/?item=dpc1-semiconductor-memorandum&lang=ja',
    title: MEMORANDUM.title.ja,
    heading: '閣僚級会合ごとに見る日EUの合意事項',
    close: '閉じる',
  },
]) {
  test(`a link to one commitment opens its dialog before the app runs, and it stays open: ${url}`, async ({
    page,
  }) => {
    // Whether the dialog is open, at every frame and after every change to the page.
    await page.addInitScript(`(() => {
      const seen = (window.__dialogSeen = []);
      const sample = () => seen.push(!!document.querySelector('dialog.commitment-dialog[open]'));
      new MutationObserver(sample).observe(document, { subtree: true, childList: true, attributes: true });
      const frame = () => {
        sample();
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    })();`);
    const release = await holdResponses(page, '**/assets/index-*.js');
    await page.goto(url, { waitUntil: 'commit' });
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull();
    // The overview in the address's language is the page behind it.
    await expect(page.locator('.layout')).toBeAttached();
    await expect(page.locator('h1')).toHaveText(heading);

    release();
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    await expect(dialog).toBeVisible();
    await expect(page.locator('h1')).toHaveText(heading);
    const seen = await page.evaluate(
      () => (window as unknown as { __dialogSeen: boolean[] }).__dialogSeen,
    );
    // Open from the first time it was seen open to the end: the app took over without closing it.
    expect(seen.slice(seen.indexOf(true))).not.toContain(false);
    // And the app's dialog answers: Close closes it and takes item= out of the address.
    await dialog.getByRole('button', { name: close }).click();
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/item=/);
  });
}

test('a commitment whose dialog arrives after the page has been read still opens before the app', async ({
  page,
}) => {
  const releaseApp = await holdResponses(page, '**/assets/index-*.js');
  const releaseDialog = await holdResponses(page, '**/views/item-*.html');
  await page.goto('/?item=dpc1-semiconductor-memorandum', { waitUntil: 'domcontentloaded' });
  releaseDialog();
  await expect(page.getByRole('dialog', { name: MEMORANDUM.title.en })).toBeVisible();
  expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull();
  releaseApp();
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  await expect(page.getByRole('dialog', { name: MEMORANDUM.title.en })).toBeVisible();
});

test('a file chosen in the page the build drew, once the app has replaced it, still opens', async ({
  page,
}) => {
  // The picker is opened before the app runs (an address the app draws: it replaces the page).
  const release = await holdResponses(page, '**/assets/index-*.js');
  await page.goto('/?sort=oldest', { waitUntil: 'commit' });
  const built = await page.locator('#dataset-file').elementHandle();
  release();
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  expect(await built!.evaluate((input) => input.isConnected)).toBe(false);
  // ...and closed after: the file arrives on the input that was replaced.
  await built!.evaluate(
    (input: HTMLInputElement, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'late.json', { type: 'application/json' }));
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    JSON.stringify(generateDataset(12, 4)),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Showing your file' })).toContainText(
    '“late.json” (12 commitments)',
    { timeout: 20_000 },
  );
});
