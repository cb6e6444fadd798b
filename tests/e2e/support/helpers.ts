import type { Page } from '@playwright/test';

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Draws the whole list: the page shows it a step at a time. */
export async function expandList(page: Page) {
  // The panels follow a change of view a moment later; until then the list is the previous one.
  await page.locator('#main:not([aria-busy="true"])').waitFor();
  const more = page
    .getByRole('region', { name: 'Commitments' })
    .getByRole('button', { name: /^Show \d+ more$/ });
  while ((await more.count()) > 0) await more.click();
}

/** The titles of all the commitments listed, sorted, for comparing two views. */
export async function listedTitles(page: Page): Promise<string[]> {
  await expandList(page);
  const list = page.getByRole('region', { name: 'Commitments' });
  const titles = await list.getByRole('article').getByRole('heading').allTextContents();
  return titles.sort();
}

export function query(page: Page): string {
  return new URL(page.url()).search;
}

/** Charts are drawn when they come near the screen: bring them there. */
export async function showCharts(page: Page) {
  // By id, so that it works in either language.
  await page.locator('#per-meeting-heading').scrollIntoViewIfNeeded();
  await page.locator('.recharts-bar-rectangle').first().waitFor();
}

/**
 * Lets the page draw `frames` more frames: what a scroll or an animation would change by then has
 * changed. Counted in frames, not milliseconds, so a slow machine waits as long as it needs.
 */
export async function afterFrames(page: Page, frames: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const step = (left: number) =>
          left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
        step(count);
      }),
    frames,
  );
}
