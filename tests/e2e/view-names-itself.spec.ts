import type { Page } from '@playwright/test';
import { afterFrames, query, showCharts } from './support/helpers';
import { expect, test } from './support/test';

const FILTERED = '/?domains=semiconductors,quantum&meetings=dpc3';

/** The number of commitments the list says it shows. */
async function listCount(page: Page): Promise<number> {
  await page.locator('#main:not([aria-busy="true"])').waitFor();
  const summary = await page.locator('#commitments-heading + p').textContent();
  return Number(/\d+/.exec(summary ?? '')?.[0]);
}

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('the title and the chips follow the URL, and removing a chip rewrites it', async ({
    page,
  }) => {
    await page.goto(FILTERED);
    await expect(page).toHaveTitle(
      'Commitments on Semiconductors and Quantum at Council 3 (Tokyo 2025) – EU–Japan Digital Partnership tracker',
    );
    await expect(page.locator('.page-view')).toHaveText(
      'Showing: Commitments on Semiconductors and Quantum at Council 3 (Tokyo 2025)',
    );
    const chips = page.getByRole('list', { name: 'Active filters' });
    await expect(chips.getByRole('button')).toHaveText([
      'Semiconductors ×',
      'Quantum ×',
      'Council 3, Tokyo 2025 ×',
    ]);

    await chips.getByRole('button', { name: 'Remove Quantum' }).click();
    await expect(page).toHaveURL(/\?domains=semiconductors&meetings=dpc3$/);
    await expect(page).toHaveTitle(/^Commitments on Semiconductors at Council 3 \(Tokyo 2025\) – /);
    await chips.getByRole('button', { name: 'Remove Council 3, Tokyo 2025' }).click();
    await chips.getByRole('button', { name: 'Remove Semiconductors' }).click();
    expect(query(page)).toBe('');
    await expect(page).toHaveTitle('EU–Japan Digital Partnership tracker');
    await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  });

  test('a cell of the table brings the results into view, and Back still works', async ({
    page,
  }) => {
    await page.goto('/');
    await page.goto('/?lang=en&domains=ai');
    await page.goto('/');
    const cell = page
      .getByRole('grid')
      .getByRole('button', { name: /^\d+ commitments? in Semiconductors at Council 3/ });
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    await expect(page).toHaveURL(/\?domains=semiconductors&meetings=dpc3$/);
    const heading = page.locator('#commitments-heading');
    await expect(heading).toBeFocused();
    await afterFrames(page, 30);
    await expect(heading).toBeInViewport();
    // The filter replaced the history entry: Back goes to the page before.
    await page.goBack();
    await expect(page).toHaveURL(/\?lang=en&domains=ai$|\?domains=ai$/);
  });

  test('the chart adds up to the list', async ({ page }) => {
    for (const url of ['/', FILTERED, '/?confidence=official,reported,unverified,disputed']) {
      await page.goto(url);
      await showCharts(page);
      const caption = page.locator('#per-meeting-heading ~ figcaption');
      const shown = Number(await caption.getAttribute('data-commitments'));
      expect(shown).toBe(await listCount(page));
      // The bars are domain tags, and the caption says how many.
      const tags = Number(await caption.getAttribute('data-tags'));
      await expect(caption).toContainText(`carry ${tags} domain tag`);
      const figure = page.getByRole('figure', { name: 'Domain tags per meeting' });
      await expect(figure.locator('svg.recharts-surface').first()).toContainText('Domain tags');
      // Claims we doubt are a hatched segment of their own, named in the legend, once shown.
      const doubtful = Number(await caption.getAttribute('data-doubtful'));
      const legend = figure.getByText('Claims we doubt (unverified or disputed)', { exact: true });
      if (url.includes('unverified')) {
        expect(doubtful).toBeGreaterThan(0);
        await expect(legend).toBeVisible();
        await expect(figure.locator('.doubtful-bar .recharts-bar-rectangle')).not.toHaveCount(0);
        const fill = await figure
          .locator('.doubtful-bar .recharts-bar-rectangle path')
          .first()
          .getAttribute('fill');
        expect(fill).toMatch(/^url\(#hatch-/);
        await expect(caption).toContainText(`${doubtful} tags are on claims we doubt`);
      } else {
        expect(doubtful).toBe(0);
        await expect(legend).toHaveCount(0);
      }
    }
  });

  test('the first commitment is at most 40 Tab presses from the start of the page', async ({
    page,
  }) => {
    for (const chartsDrawn of [false, true]) {
      await page.goto('/');
      // The same count whether the charts' drawings have arrived or not.
      if (chartsDrawn) {
        await showCharts(page);
        await page.evaluate(() => window.scrollTo(0, 0));
      }
      const first = page.getByRole('region', { name: 'Commitments' }).getByRole('article').first();
      let presses = 0;
      for (; presses < 60; presses++) {
        const inFirst = await first.evaluate((card) => card.contains(document.activeElement));
        if (inFirst) break;
        await page.keyboard.press('Tab');
      }
      expect(presses, chartsDrawn ? 'charts drawn' : 'charts not drawn yet').toBeLessThanOrEqual(
        40,
      );
    }
  });

  test('the header keeps Copy link and the language in sight, the rest under More', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
    const more = page.getByRole('button', { name: 'More', exact: true });
    await expect(page.getByRole('button', { name: 'Copy embed code' })).toBeHidden();
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Copy embed code' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await expect(more).toBeFocused();
  });

  test('the filter column stays on screen while the results scroll', async ({ page }) => {
    await page.goto('/');
    await page.locator('#commitments-heading').scrollIntoViewIfNeeded();
    await afterFrames(page, 5);
    await expect(page.getByRole('checkbox', { name: /^Quantum/ })).toBeInViewport();
  });

  for (const lang of ['en', 'ja']) {
    test(`screenshot at 1280 px (${lang})`, async ({ page }) => {
      await page.goto(`${FILTERED}&lang=${lang}`.replace('/?', '/?').replace('&lang=en', ''));
      await showCharts(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({
        path: `test-results/view-names-itself-1280-${lang}.png`,
        fullPage: true,
      });
    });
  }
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of ['en', 'ja']) {
    test(`the table's numbers are visible without sideways scrolling (${lang})`, async ({
      page,
    }) => {
      await page.goto(lang === 'ja' ? '/?lang=ja' : '/');
      const cards = page.locator('.matrix-cards');
      await expect(cards).toBeVisible();
      await expect(page.locator('.matrix-wide')).toBeHidden();
      const counts = cards.locator('.matrix-card-count');
      expect(await counts.count()).toBeGreaterThan(10);
      for (const box of await counts.evaluateAll((nodes) =>
        nodes.map((node) => node.getBoundingClientRect().toJSON() as DOMRect),
      )) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(390);
        expect(box.width).toBeGreaterThan(0);
      }
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBe(0);
      await page.screenshot({
        path: `test-results/view-names-itself-390-${lang}.png`,
        fullPage: true,
      });
    });
  }
});
