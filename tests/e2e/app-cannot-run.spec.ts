import { expect, test, type Page } from '@playwright/test';
import { expectedTitles } from './support/bundled-dataset';

// When the app cannot run, the page is never left blank or hidden: it shows what the build drew and
// says plainly why its controls do not work (public/boot.js, public/app-cannot-run.js).

const APP_SCRIPT = '**/assets/index-*.js';
const FAILED = 'The page’s program could not be loaded';
const OTHER_VIEW = 'What you see is the default view, not the one the link asks for.';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const commitments = (page: Page) => page.getByRole('region', { name: 'Commitments' });

/** The page the build drew is on screen, and no longer says that the data is loading. */
async function expectTheDrawnPage(page: Page) {
  await expect(heading(page)).toBeVisible();
  await expect(commitments(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the data' })).toHaveCount(0);
}

test.describe('the app’s script cannot be loaded', () => {
  test('the home page stays, with a notice and a way to reload', async ({ page }) => {
    await page.route(APP_SCRIPT, (route) => route.abort('connectionreset'));
    await page.goto('/');
    const alert = page.getByRole('alert').filter({ hasText: FAILED });
    await expect(alert).toBeVisible();
    await expect(alert).not.toContainText(OTHER_VIEW);
    await expect(alert.getByRole('link', { name: 'Reload the page' })).toHaveAttribute(
      'href',
      page.url(),
    );
    await expectTheDrawnPage(page);
  });

  test('a link the app draws shows the default view, and says that it is not the linked one', async ({
    page,
  }) => {
    await page.route(APP_SCRIPT, (route) => route.abort('connectionreset'));
    // With a #fragment, which a link to the same address would only scroll to.
    await page.goto('/?domains=quantum,ai&meetings=dpc2#main');
    await expect(page.getByRole('alert')).toContainText(FAILED);
    await expect(page.getByRole('alert')).toContainText(OTHER_VIEW);
    await expect(page.getByRole('link', { name: 'Reload the page' })).toHaveAttribute(
      'href',
      page.url().replace(/#main$/, ''),
    );
    await expectTheDrawnPage(page);
  });

  test('a module the app imports failing is said the same way, in Japanese for a Japanese link', async ({
    page,
  }) => {
    await page.route('**/assets/view-store-*.js', (route) => route.abort('connectionreset'));
    await page.goto('/?lang=ja&meetings=dpc2&domains=quantum,ai');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('ページのプログラムを読み込めなかったため');
    await expect(alert).toContainText('リンクが示す表示ではなく、英語の既定の表示です');
    await expect(alert.getByRole('link', { name: 'ページを再読み込みする' })).toBeVisible();
    await expect(heading(page)).toBeVisible();
    // The default view shown is in English, and says so to a screen reader.
    await expect(page.locator('#root')).toHaveAttribute('lang', 'en');
  });

  test('a view the build drew stays, and the notice does not call it the default view', async ({
    page,
  }) => {
    await page.route(APP_SCRIPT, (route) => route.abort('connectionreset'));
    await page.goto('/?domains=ai');
    await expect(page.getByRole('alert')).toContainText(FAILED);
    await expect(page.getByRole('alert')).not.toContainText(OTHER_VIEW);
    const titles = expectedTitles({ domains: ['ai'] });
    await expect(commitments(page).getByRole('article')).toHaveCount(titles.length);
  });
});

test.describe('a commitment’s dialog the build opened, when the app’s script cannot be loaded', () => {
  for (const lang of ['en', 'ja'] as const) {
    test(`shows the notice inside the dialog, and Escape and Close still close it (${lang})`, async ({
      page,
    }) => {
      await page.route(APP_SCRIPT, (route) => route.abort('connectionreset'));
      const language = lang === 'ja' ? 'lang=ja&' : '';
      await page.goto(`/?${language}item=dpc1-semiconductor-memorandum`);
      const dialog = page.getByRole('dialog');
      const words = lang === 'ja' ? 'ページのプログラムを読み込めなかったため' : FAILED;
      await expect(dialog.getByRole('alert')).toContainText(words);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // The notice stays, on the page behind.
      await expect(page.getByRole('alert')).toContainText(words);

      await page.goto(`/?${language}item=dpc1-semiconductor-memorandum`);
      await expect(dialog.getByRole('alert')).toContainText(words);
      await dialog.getByRole('button', { name: lang === 'ja' ? '閉じる' : 'Close' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('alert')).toContainText(words);
    });
  }
});

test('a view file that never arrives is given up within 3 s, and the app draws the view', async ({
  page,
}) => {
  await page.clock.install();
  await page.route('**/views/domains-ai.html', () => {
    // Never answered.
  });
  await page.goto('/?domains=ai');
  await page.waitForFunction(() => document.readyState !== 'loading');
  // Without the give-up the page stays hidden however long it waits; with it, 3 s are enough.
  await page.clock.runFor(3_000);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const titles = expectedTitles({ domains: ['ai'] });
  await expect(commitments(page)).toContainText(`${titles.length} commitments`);
  await expect(page.getByRole('checkbox', { name: /^Artificial intelligence/ })).toBeChecked();
});

test('in a sandboxed frame without same origin, the page says to open it in a new tab', async ({
  page,
  baseURL,
}) => {
  await page.goto('/');
  const src = new URL('/?domains=ai&embed=1', baseURL).href;
  await page.setContent(`<iframe sandbox="allow-scripts" src="${src}" title="tracker"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('alert')).toContainText(
    'This page cannot run inside this frame; open it in a new tab.',
  );
  await expect(frame.getByRole('link', { name: 'Open in a new tab' })).toHaveAttribute(
    'href',
    new URL('/?domains=ai', baseURL).href,
  );
});
