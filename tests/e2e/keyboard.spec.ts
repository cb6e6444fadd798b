import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectedTitles } from './support/bundled-dataset';
import { query, showCharts } from './support/helpers';

/**
 * Presses Tab (or Shift+Tab) until the target has the focus, as a keyboard user would, and fails
 * if it is not reached within a reasonable number of presses or if the focus is not visible.
 */
async function tabTo(page: Page, target: Locator, { backwards = false, limit = 80 } = {}) {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('target not on the page');
  for (let presses = 0; presses < limit; presses++) {
    if (await handle.evaluate((element) => element === document.activeElement)) {
      await expectVisibleFocus(target);
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reached with ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** The focused element draws a focus indicator: an outline or a ring. */
async function expectVisibleFocus(target: Locator) {
  const indicator = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow };
  });
  const hasOutline = indicator.outline !== 'none' && indicator.width !== '0px';
  expect(hasOutline || indicator.shadow !== 'none', JSON.stringify(indicator)).toBe(true);
}

test('the main journey works with the keyboard alone', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');

  // The first Tab reaches the skip link, which takes the focus to the content.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // Filter by a domain.
  const semiconductors = page.getByRole('checkbox', { name: /^Semiconductors/ });
  await tabTo(page, semiconductors, { backwards: true });
  await page.keyboard.press('Space');
  await expect(semiconductors).toBeChecked();
  await expect.poll(() => query(page)).toBe('?domains=semiconductors');

  // Open a commitment, read it, close it: the focus comes back to where it was.
  const list = page.getByRole('region', { name: 'Commitments' });
  // The list follows the address a moment later: wait for it, or the first link would be the
  // unfiltered list's.
  const semiconductorCount = expectedTitles({ domains: ['semiconductors'] }).length;
  await expect(list).toContainText(`${semiconductorCount} commitments, newest first.`);
  await page.locator('#main:not([aria-busy="true"])').waitFor();
  const firstLink = list.getByRole('article').first().getByRole('link').first();
  await tabTo(page, firstLink, { limit: 40 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect.poll(() => query(page)).toMatch(/^\?domains=semiconductors&item=/);
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(() => query(page)).toBe('?domains=semiconductors');
  await expect(firstLink).toBeFocused();

  // Compare two meetings, changing meeting A from the keyboard.
  const compareLink = page.getByRole('link', { name: 'Compare meetings' });
  await tabTo(page, compareLink, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Compare two meetings' })).toBeVisible();
  const meetingA = page.getByLabel('Meeting A');
  const before = await meetingA.inputValue();
  await tabTo(page, meetingA);
  await page.keyboard.press('ArrowUp');
  await expect(meetingA).not.toHaveValue(before);
  const pair = `${await meetingA.inputValue()},${await page.getByLabel('Meeting B').inputValue()}`;
  await expect.poll(() => query(page)).toBe(`?domains=semiconductors&view=compare&compare=${pair}`);

  // Copy the link and reopen it: the same comparison.
  const copy = page.getByRole('button', { name: 'Copy link' });
  await tabTo(page, copy, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const reopened = await context.newPage();
  await reopened.goto(link);
  await expect(reopened.getByLabel('Meeting A')).toHaveValue(pair.split(',')[0]!);
  await expect(reopened.getByLabel('Meeting B')).toHaveValue(pair.split(',')[1]!);
  await expect(reopened.getByRole('checkbox', { name: /^Semiconductors/ })).toBeChecked();
});

test('the chart’s bars are one keyboard stop: the arrow keys move, Enter shows the meeting', async ({
  page,
}) => {
  await page.goto('/');
  await showCharts(page);
  const bars = page.getByRole('toolbar', {
    name: 'Bars: choose a meeting to show its commitments',
  });
  const buttons = bars.getByRole('button');
  const count = await buttons.count();
  expect(count).toBeGreaterThan(1);

  // Reached from the table above with one Tab: the table and the bars are a stop each.
  const matrix = page.getByRole('grid');
  await tabTo(page, matrix.locator('[tabindex="0"]').first());
  await page.keyboard.press('Tab');
  await expect(buttons.first()).toBeFocused();
  await expectVisibleFocus(buttons.first());
  await page.keyboard.press('End');
  await expect(buttons.last()).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  const chosen = buttons.nth(count - 2);
  await expect(chosen).toBeFocused();
  await expectVisibleFocus(chosen);
  // Tab leaves the bars at once.
  await page.keyboard.press('Tab');
  await expect(bars.locator(':focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(chosen).toBeFocused();

  // The bar's name gives its count; Enter filters to its meeting and brings the results into view.
  const name = (await chosen.getAttribute('aria-label')) ?? '';
  const tags = Number(/: (\d+) domain tag/.exec(name)?.[1]);
  await page.keyboard.press('Enter');
  await expect.poll(() => query(page)).toMatch(/^\?meetings=[a-z0-9-]+$/);
  const heading = page.locator('#commitments-heading');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  const caption = page.locator('#per-meeting-heading ~ figcaption');
  await expect(caption).toHaveAttribute('data-tags', String(tags));
});

test('a commitment opened from its address gives the focus to its card when it closes', async ({
  page,
}) => {
  await page.goto('/');
  const firstCard = page
    .getByRole('region', { name: 'Commitments' })
    .getByRole('article')
    .first()
    .getByRole('heading')
    .getByRole('link');
  const href = (await firstCard.getAttribute('href'))!;
  const id = new URLSearchParams(href.replace(/^.*\?/, '')).get('item')!;

  await page.goto(`/?item=${id}`);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Not left on the page's body, at the top: Tab goes on from the commitment.
  await expect(firstCard).toBeFocused();
  await expect(page).not.toHaveURL(/item=/);
});
