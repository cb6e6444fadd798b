import type { Page } from '@playwright/test';
import { LATIN_NAMES_IN_JAPANESE, untranslatedText } from '../../src/i18n/untranslated-text';
import { dataset, expectedTitles } from './support/bundled-dataset';
import { collectPageErrors, query } from './support/helpers';
import { expect, test } from './support/test';

/** Latin words left on the page outside text marked as another language (see the walker). */
function englishLeft(page: Page): Promise<string[]> {
  return page.locator('body').evaluate(untranslatedText, LATIN_NAMES_IN_JAPANESE);
}

const list = (page: Page) => page.getByRole('region', { name: '合意事項', exact: true });

/** The whole list: the page draws it twenty at a time. */
async function expandJapaneseList(page: Page) {
  const more = list(page).getByRole('button', { name: /^さらに\d+件表示$/ });
  while ((await more.count()) > 0) await more.click();
}

async function listedJapaneseTitles(page: Page): Promise<string[]> {
  await expandJapaneseList(page);
  return (await list(page).getByRole('article').getByRole('heading').allTextContents()).sort();
}

/** Both charts drawn, and a bar's tooltip open. */
async function drawCharts(page: Page) {
  await page
    .getByRole('heading', { name: '会合・署名文書・会合間の出来事の年表' })
    .scrollIntoViewIfNeeded();
  await page.locator('.recharts-scatter-symbol').first().waitFor();
  await page.getByRole('heading', { name: '会合別の分野タグ数' }).scrollIntoViewIfNeeded();
  await page.locator('.recharts-bar-rectangle').first().waitFor();
  await page.locator('.recharts-bar-rectangle').nth(3).hover();
  await expect(page.locator('.recharts-tooltip-wrapper').first()).toContainText('第');
}

test('the Japanese overview: language, title, headings, dates, and no English left', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/?lang=ja&confidence=official,reported,unverified,disputed');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  // The title names the view: every commitment, doubtful claims included.
  await expect(page).toHaveTitle(
    'すべての合意事項（未確認・疑義のある情報を含む） – 日EUデジタルパートナーシップ・トラッカー',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '閣僚級会合ごとに見る日EUの合意事項',
  );
  for (const heading of ['分野×会合', 'グラフ', '合意事項']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }

  // The first Council, 3 July 2023, in the timeline's table.
  await page.getByText('年表を表で見る').click();
  await expect(
    page.getByRole('row', { name: '2023年7月3日 第1回閣僚級会合（東京 2023年） 会合' }),
  ).toBeVisible();

  await expandJapaneseList(page);
  await expect(list(page).getByRole('article')).toHaveCount(dataset.commitments.length);
  await drawCharts(page);
  expect(await englishLeft(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the Japanese comparison and an opened commitment have no English left', async ({ page }) => {
  await page.goto('/?lang=ja&confidence=official,reported,unverified,disputed&view=compare');
  await expect(page.getByRole('heading', { name: '会合の比較', exact: true })).toBeVisible();
  // By default the last two meetings held: the 3rd and the 4th Council.
  await expect(page.locator('#compare-summary-text')).toHaveText(
    /^第3回閣僚級会合（東京 2025年） → 第4回閣僚級会合（ブリュッセル 2026年）：取組のうち新規\d+件、進展\d+件、継続\d+件、後の会合より前に最後の記録\d+件。$/,
  );
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);

  // A commitment with a quote in Japanese, one in Italian with its English translation, and a
  // thread across meetings.
  await page.goto('/?lang=ja&item=dpc3-quantum-letter-of-intent');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /^取組：/ })).toBeVisible();
  await expect(dialog).toContainText('2025年5月13日');
  await expect(dialog.getByText(/^英訳：/).first()).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
});

test('the Japanese page about the data has no English left', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?view=about&lang=ja');
  await expect(page.getByRole('heading', { level: 2, name: 'データについて' })).toBeVisible();
  const corrections = page.getByRole('region', { name: '調査の出発点とした記事の訂正' });
  await expect(corrections.getByRole('heading', { level: 4 }).first()).toBeVisible();
  // Every quote of the corrections is shown, with the source it comes from.
  await expect(corrections.getByRole('list', { name: '根拠' }).first()).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the Japanese release banner and changes page have no English left', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?v=1.1.0&lang=ja');
  const banner = page.getByRole('status').filter({ hasText: '1.1.0版' });
  await expect(banner).toContainText('最新版は2.0.0版');
  await expect(banner.getByRole('link', { name: 'この表示を最新版で開く' })).toBeVisible();
  await expect(list(page)).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);

  await page.goto('/?view=changes&lang=ja');
  await expect(page.getByRole('heading', { level: 2, name: '更新履歴' })).toBeVisible();
  const release = page.getByRole('region', { name: /^2\.0\.0版/ });
  await expect(release.getByRole('heading', { name: '追加', exact: true })).toBeVisible();
  await page.getByText('分野ごとの更新を購読する（Atomフィード）').click();
  await expect(
    page.getByRole('list', { name: '分野ごとの更新を購読する（Atomフィード）' }).getByRole('link'),
  ).toHaveCount(dataset.domains.length);
  expect(await englishLeft(page)).toEqual([]);

  // Pinned to the older release: the changes up to it, said in Japanese.
  await page.goto('/?view=changes&v=1.1.0&lang=ja');
  await expect(page.getByText(/1\.1\.0版までの変更点を表示しています/)).toBeVisible();
  expect(await englishLeft(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the visible switch changes the language and the URL, and Back returns', async ({ page }) => {
  await page.goto('/?domains=quantum');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('radio', { name: '日本語' }).check();
  await expect(page).toHaveURL(/\?domains=quantum&lang=ja$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle('量子に関する合意事項 – 日EUデジタルパートナーシップ・トラッカー');
  await expect(page.getByRole('heading', { name: '分野×会合' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^量子/ })).toBeChecked();

  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page).toHaveURL(/\?domains=quantum$/);
  await expect(page.getByRole('heading', { name: 'Domains × meetings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.goBack();
  await expect(page).toHaveURL(/\?domains=quantum&lang=ja$/);
  await expect(page.getByRole('heading', { name: '分野×会合' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '日本語' })).toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL(/\?domains=quantum$/);
  await expect(page.getByRole('heading', { name: 'Domains × meetings' })).toBeVisible();
  await expect(page).toHaveTitle('Commitments on Quantum – EU–Japan Digital Partnership tracker');
});

test('filtering in Japanese: tick a domain by its Japanese name', async ({ page }) => {
  await page.goto('/?lang=ja');
  const quantum = dataset.domains.find((domain) => domain.id === 'quantum')!;
  await page.getByRole('checkbox', { name: new RegExp(`^${quantum.label.ja}（\\d+）$`) }).check();
  await expect(page).toHaveURL(/\?domains=quantum&lang=ja$/);
  expect(query(page)).toBe('?domains=quantum&lang=ja');
  const expected = expectedTitles({ domains: ['quantum'] }, 'ja');
  await expect(list(page).getByRole('article')).toHaveCount(expected.length);
  expect(expected.length).toBeLessThan(expectedTitles({}).length);
  expect(await listedJapaneseTitles(page)).toEqual(expected);
  await expect(list(page)).toContainText(`合意事項${expected.length}件（新しい順）。`);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Japanese pages are no wider than the screen', async ({ page }) => {
    const pages: [string, RegExp][] = [
      ['/?lang=ja', /^分野×会合$/],
      ['/?lang=ja&view=compare', /^取組ごとの比較/],
      ['/?lang=ja&item=dpc3-quantum-letter-of-intent', /^取組：/],
      ['/?lang=ja&view=about', /^データについて$/],
    ];
    for (const [url, heading] of pages) {
      await page.goto(url);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBe(0);
    }
  });
});
