// A reader's own file of 20,000 commitments in one line of work, opened the way a reader would:
// dropped on the page, then one commitment's dialog, then the comparison. The browser test
// (tests/e2e/huge-file.spec.ts) walks it and checks what is drawn; the benchmark
// (`BENCH_ONLY=huge-file npm run bench`) walks it and reports the longest main-thread task of each
// step, against the budget of one second. Timings live here, never in a test: on a shared machine
// a wall-clock long task includes time spent waiting for the processor.
import type { Browser, Page } from '@playwright/test';
import { generateDataset } from '../generate-dataset';

export const HUGE_FILE_COMMITMENTS = 20_000;
export const HUGE_FILE_NAME = 'one-thread.json';
/** The longest task the page may run during one step (the file itself is checked in a worker). */
export const LONG_TASK_BUDGET_MS = 1_000;

/** A valid generated dataset whose commitments all sit in one thread. */
export function oneThreadDataset(count = HUGE_FILE_COMMITMENTS): string {
  const data = generateDataset(count, 7);
  const thread = data.threads[0]!.id;
  for (const commitment of data.commitments) commitment.thread = thread;
  return JSON.stringify(data);
}

/** Records every long task from the page's start, for `longestTaskDuring`. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function longestTaskDuring(page: Page, step: () => Promise<void>): Promise<number> {
  const from = await page.evaluate(() => performance.now());
  await step();
  const to = await page.evaluate(() => performance.now());
  const longest = await page.evaluate(
    ([start, end]) =>
      (window as unknown as { longTasks?: { start: number; duration: number }[] }).longTasks
        ?.filter((task) => task.start >= start && task.start <= end)
        .reduce((most, task) => Math.max(most, task.duration), 0) ?? 0,
    [from, to] as const,
  );
  return Math.round(longest);
}

export interface HugeFileSteps {
  opening: number;
  dialog: number;
  comparison: number;
}

// The page is read with CSS selectors only: Playwright works out roles and accessible names in the
// page's own thread, which over thousands of elements would count as the page's work.
export const ARTICLES = 'section[aria-labelledby="commitments-heading"] article.commitment';
export const THREAD_ITEMS = 'dialog[open] ol.thread-list > li';
const COMPARISON = 'table.compare-table caption';

/** Drops the file on the page, as a reader would, and waits for its first page of commitments. */
export async function dropFile(page: Page, text: string): Promise<void> {
  // The file is made in the page first: Playwright's own copying of 5 MB into the page
  // (setInputFiles) would otherwise count as the page's work.
  const transfer = await page.evaluateHandle(
    ([content, name]) => {
      const files = new DataTransfer();
      files.items.add(new File([content], name, { type: 'application/json' }));
      return files;
    },
    [text, HUGE_FILE_NAME] as const,
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await page.locator('.dataset-banner', { hasText: HUGE_FILE_NAME }).waitFor({ timeout: 120_000 });
  await page.locator(ARTICLES).first().waitFor();
}

/** Opens the first commitment's dialog and waits for its thread. */
export async function openFirstDialog(page: Page): Promise<void> {
  await page.locator(`${ARTICLES} .commitment-title a`).first().click();
  await page.locator(THREAD_ITEMS).first().waitFor();
}

/** Closes the dialog, opens the comparison and waits until it is derived from the file. */
export async function openComparison(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
  await page.locator('a[href="?view=compare"]').first().click();
  // The comparison's code is loaded on first use, then the comparison is derived from the file.
  await page.locator(COMPARISON).waitFor({ timeout: 120_000 });
}

/** The benchmark: the longest task of each step, per run, at full CPU speed. */
export async function measureHugeFile(
  browser: Browser,
  url: string,
  runs: number,
): Promise<HugeFileSteps[]> {
  const text = oneThreadDataset();
  const results: HugeFileSteps[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await observeLongTasks(page);
    await page.goto(url);
    await page.locator(ARTICLES).first().waitFor();
    results.push({
      opening: await longestTaskDuring(page, () => dropFile(page, text)),
      dialog: await longestTaskDuring(page, () => openFirstDialog(page)),
      comparison: await longestTaskDuring(page, () => openComparison(page)),
    });
    await context.close();
  }
  return results;
}

export function printHugeFile(results: HugeFileSteps[]): void {
  const steps = ['opening', 'dialog', 'comparison'] as const;
  console.log(
    `\nA file of ${HUGE_FILE_COMMITMENTS.toLocaleString('en')} commitments in one thread: longest main-thread task, ms (budget ${LONG_TASK_BUDGET_MS})`,
  );
  console.log(`  ${'run'.padEnd(5)}${steps.map((step) => step.padStart(12)).join('')}`);
  results.forEach((result, index) => {
    console.log(
      `  ${String(index + 1).padEnd(5)}${steps.map((step) => String(result[step]).padStart(12)).join('')}`,
    );
  });
  const worst = steps.map((step) => Math.max(...results.map((result) => result[step])));
  const verdict = worst.every((ms) => ms <= LONG_TASK_BUDGET_MS) ? 'within budget' : 'OVER BUDGET';
  console.log(
    `  ${'max'.padEnd(5)}${worst.map((ms) => String(ms).padStart(12)).join('')}   ${verdict}`,
  );
}
