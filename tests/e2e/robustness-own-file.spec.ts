// Opening a reader's own dataset file: a valid one replaces the data for the tab, an invalid or
// hostile one is refused, and a large one is validated off the page's thread.
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { generateDataset } from '../../scripts/generate-dataset';
import { listedTitles } from './support/helpers';

const commitments = (page: Page) =>
  page.getByRole('region', { name: 'Commitments' }).getByRole('article');

test.describe('opening your own dataset', () => {
  const upload = (page: Page, name: string, content: string) =>
    page.locator('#dataset-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });

  test('a valid file replaces the data for this tab, with a banner and a way back', async ({
    page,
  }) => {
    // Oldest first, so that the bundled 2023 memorandum is on the first page on the way back.
    await page.goto('/?sort=oldest');
    const own = generateDataset(30, 3);
    await upload(page, 'eu-korea.json', JSON.stringify(own));
    // Read and validated in a worker, which on a busy machine may take longer than a click.
    await expect(page.getByRole('status').filter({ hasText: 'Showing your file' })).toContainText(
      '“eu-korea.json” (30 commitments)',
      { timeout: 20_000 },
    );
    const official = own.commitments.find((commitment) => commitment.confidence === 'official')!;
    await expect(
      page
        .getByRole('region', { name: 'Commitments' })
        .getByRole('heading', { name: official.title.en }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
    await expect(page.getByText('Showing your file')).toHaveCount(0);
    await expect(
      page
        .getByRole('region', { name: 'Commitments' })
        .getByRole('heading', { name: 'Memorandum of Cooperation on semiconductors signed' }),
    ).toBeVisible();
  });

  test('a file dropped anywhere on the page opens the same way', async ({ page }) => {
    await page.goto('/');
    await expect(commitments(page).first()).toBeVisible();
    const own = JSON.stringify(generateDataset(12, 4));
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return data;
    }, own);
    await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
    await expect(page.getByText('Drop a dataset file to open it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
    await expect(page.getByRole('status').filter({ hasText: 'Showing your file' })).toContainText(
      '“dropped.json” (12 commitments)',
    );
    await expect(page.getByText('Drop a dataset file to open it')).toHaveCount(0);
  });

  test('an invalid file is rejected with its problems, and the view stays as it was', async ({
    page,
  }) => {
    await page.goto('/?domains=semiconductors&q=memorandum');
    await expect(commitments(page).first()).toBeVisible();
    const before = await listedTitles(page);

    const broken = generateDataset(40, 5);
    broken.commitments.forEach((commitment, index) => {
      if (index < 25) commitment.meeting = 'nowhere';
    });
    broken.sources[0]!.url = 'javascript:alert(1)';
    await upload(page, 'broken.json', JSON.stringify(broken));

    const alert = page.getByRole('alert').filter({ hasText: '“broken.json” was not opened' });
    await expect(alert).toContainText('26 problems were found:');
    await expect(alert).toContainText('$.sources[0].url: must be an http:// or https:// address');
    await expect(alert.locator('li')).toHaveCount(20);
    await expect(alert).toContainText('…and 6 more.');
    await expect(page).toHaveURL(/\?domains=semiconductors&q=memorandum$/);
    expect(await listedTitles(page)).toEqual(before);

    await upload(page, 'not-json.json', '{"meta": ');
    await expect(
      page.getByRole('alert').filter({ hasText: '“not-json.json” was not opened' }),
    ).toContainText('is not valid JSON');
    expect(await listedTitles(page)).toEqual(before);
  });

  test('a file with hostile addresses is refused', async ({ page }) => {
    await page.goto('/');
    const hostile = generateDataset(5, 9);
    hostile.sources[1]!.url = 'data:text/html,<script>alert(1)</script>';
    await upload(page, 'hostile.json', JSON.stringify(hostile));
    await expect(page.getByRole('alert')).toContainText(
      '$.sources[1].url: must be an http:// or https:// address',
    );
  });

  test('a file of 50,000 commitments loads while the page keeps responding', async ({ page }) => {
    test.setTimeout(120_000);
    await page.addInitScript(() => {
      // Record the workers the page starts, to see where the file is validated.
      const Original = window.Worker;
      (window as unknown as { workers: string[] }).workers = [];
      window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          (window as unknown as { workers: string[] }).workers.push(String(url));
        }
      };
    });
    await page.goto('/');
    await expect(commitments(page).first()).toBeVisible();
    const big = JSON.stringify(generateDataset(50_000, 11));
    expect(big.length).toBeGreaterThan(10_000_000);
    const before = await page.evaluate(() => (window as unknown as { workers: string[] }).workers);

    // Count animation frames while the file is read and validated: a frozen page draws none.
    await page.evaluate(() => {
      const state = { frames: 0, running: true };
      (window as unknown as { frameProbe: typeof state }).frameProbe = state;
      const tick = () => {
        state.frames += 1;
        if (state.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await upload(page, 'big.json', big);
    await expect(page.getByRole('status').filter({ hasText: 'Showing your file' })).toContainText(
      '(50,000 commitments)',
      { timeout: 60_000 },
    );
    await expect(commitments(page)).toHaveCount(20);
    await expect(page.getByText(/^Showing 20 of [\d,]+ commitments\./)).toBeVisible();
    const probe = await page.evaluate(
      () => (window as unknown as { frameProbe: { frames: number } }).frameProbe,
    );
    expect(probe.frames).toBeGreaterThan(10);
    const workers = await page.evaluate(() => (window as unknown as { workers: string[] }).workers);
    // The file was validated in a worker of its own, like the bundled dataset before it.
    expect(workers).toEqual([...before, expect.stringContaining('dataset-worker')]);
  });
});
