// A reader's own file of 20,000 commitments in one line of work opens, and its dialog and the
// comparison follow, drawing a page of the thread rather than all of it. How long the page's
// longest task is for each step is measured by `BENCH_ONLY=huge-file npm run bench` (budget one
// second), not here: a wall-clock measure would make this test depend on the machine's load.
import {
  ARTICLES,
  dropFile,
  HUGE_FILE_COMMITMENTS,
  HUGE_FILE_NAME,
  oneThreadDataset,
  openComparison,
  openFirstDialog,
  THREAD_ITEMS,
} from '../../scripts/bench/huge-file';
import { expect, test } from './support/test';

/** How many of a thread's commitments the dialog draws at once (LINEAGE_STEP). */
const THREAD_PAGE = 20;

test('a file of 20,000 commitments in one thread opens, and its dialog and comparison draw one page of it', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await expect(page.locator(ARTICLES).first()).toBeVisible();

  await dropFile(page, oneThreadDataset());
  await expect(page.locator('.dataset-banner')).toContainText(
    `“${HUGE_FILE_NAME}” (${HUGE_FILE_COMMITMENTS.toLocaleString('en')} commitments)`,
  );
  await expect(page.locator(ARTICLES)).toHaveCount(20);

  await openFirstDialog(page);
  await expect(page.locator(THREAD_ITEMS)).toHaveCount(THREAD_PAGE);
  await expect(page.locator('dialog[open]')).toContainText('Line of work 1');

  await openComparison(page);
  await expect(page.getByRole('heading', { name: 'Compare two meetings' })).toBeVisible();
});
