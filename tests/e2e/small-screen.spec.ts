import type { Page } from '@playwright/test';
import { dataset, expectedTitles } from './support/bundled-dataset';
import { afterFrames } from './support/helpers';
import { expect, test } from './support/test';

/** How far the page is wider than the screen: a reader would have to scroll sideways. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filters open in a drawer and still drive the URL', async ({ page }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('checkbox', { name: /^Quantum/ })).toBeHidden();

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('checkbox', { name: /^Quantum/ }).check();
    await expect(page).toHaveURL(/\?domains=quantum$/);
    await page.keyboard.press('Escape');
    await expect(toggle).toHaveAccessibleName('Filters (1 active)');
    expect(await sidewaysOverflow(page)).toBe(0);
  });
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  const someCommitment = dataset.commitments[0]!.id;
  for (const [what, url] of [
    ['the overview', '/'],
    ['the comparison', '/?view=compare'],
    ['an opened commitment', `/?item=${someCommitment}`],
    ['the Japanese overview', '/?lang=ja'],
    ['the Japanese comparison', '/?view=compare&lang=ja'],
    ['a Japanese opened commitment', `/?lang=ja&item=${someCommitment}`],
  ]) {
    test(`${what} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(url!);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (url!.includes('item=')) await expect(page.getByRole('dialog')).toBeVisible();
      if (url!.includes('compare')) {
        await expect(page.locator('.compare .recharts-bar-rectangle').first()).toBeVisible();
      }
      // Charts draw when they come near the screen: bring each there, then the end of the page.
      if (!url!.includes('compare')) {
        await page.locator('#per-meeting-heading').scrollIntoViewIfNeeded();
        await expect(page.locator('.recharts-bar-rectangle').first()).toBeAttached();
        await page.locator('#timeline-heading').scrollIntoViewIfNeeded();
        await expect(page.locator('.recharts-scatter-symbol').first()).toBeAttached();
      }
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await sidewaysOverflow(page)).toBe(0);
    });
  }

  test('the filters drawer is a modal sheet: focus goes in, stays in, and comes back', async ({
    page,
  }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await toggle.click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    const focusInDrawer = () =>
      drawer.evaluate((element) => element.contains(document.activeElement));
    expect(await focusInDrawer()).toBe(true);

    // Round and round with Tab, both ways: focus never leaves the drawer.
    const stops = await drawer.evaluate(
      (element) => element.querySelectorAll('button, input, summary').length,
    );
    for (let i = 0; i < stops + 3; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDrawer()).toBe(true);
    }
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDrawer()).toBe(true);
    }

    // The page behind stays still.
    await page.mouse.move(350, 400);
    await page.mouse.wheel(0, 800);
    await afterFrames(page, 5);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(toggle).toBeFocused();

    // The close button does the same.
    await toggle.click();
    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect(drawer).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('the results button says how many commitments the filters give, and shows them', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /^Filters/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    const quantum = dataset.domains.find((domain) => domain.id === 'quantum')!;
    await drawer.getByRole('checkbox', { name: new RegExp(`^${quantum.label.en}`) }).check();
    const count = expectedTitles({ domains: ['quantum'] }).length;
    const results = drawer.getByRole('button', { name: `Show ${count} commitments` });
    await results.click();
    await expect(drawer).toBeHidden();
    // The list, screens below the filters on a phone, is brought into view with the focus.
    const heading = page.getByRole('heading', { name: 'Commitments', level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await expect(
      page.getByRole('region', { name: 'Commitments' }).getByRole('article'),
    ).toHaveCount(count);
    await expect(page.getByRole('button', { name: 'Filters (1 active)' })).toBeVisible();
  });

  test('on What changed, the results button says so and takes the reader to the changes', async ({
    page,
  }) => {
    await page.goto('/?view=changes');
    await page.getByRole('button', { name: /^Filters/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    // Not "Show N commitments": this page lists the changes between releases.
    await drawer.getByRole('button', { name: 'Show the changes' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.locator('#main')).toBeFocused();
  });

  test('Back closes the drawer with the view, and it does not come back on Forward', async ({
    page,
  }) => {
    await page.goto('/?view=about');
    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('button', { name: /^Filters/ }).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await expect(drawer).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 2, name: 'About the data' })).toBeVisible();
    await expect(drawer).toBeHidden();
    await page.goForward();
    await expect(page.getByRole('region', { name: 'Commitments' })).toBeVisible();
    await expect(drawer).toBeHidden();
  });

  test('a screen that widens closes the drawer and keeps the focus on the page', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.getByRole('dialog', { name: 'Filters' })).toBeHidden();
    await expect(page.locator('#main')).toBeFocused();
  });

  test('the drawer speaks Japanese on the Japanese page', async ({ page }) => {
    await page.goto('/?lang=ja');
    await page.locator('.filters-toggle').click();
    const drawer = page.getByRole('dialog', { name: '絞り込み' });
    await expect(drawer.getByRole('button', { name: '閉じる' })).toBeVisible();
    await expect(drawer.getByRole('button', { name: /^\d+件を表示$/ })).toBeVisible();
    expect(await sidewaysOverflow(page)).toBe(0);
  });
});

test('on a wide screen the filters stay in the sidebar, with no drawer button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
  await expect(page.getByRole('form', { name: 'Filters' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
