import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { generateDataset } from '../../scripts/generate-dataset';
import { dataset } from './support/bundled-dataset';
import { collectPageErrors, listedTitles, showCharts } from './support/helpers';

const DATASET = '**/data/partnership.json';
const commitments = (page: Page) =>
  page.getByRole('region', { name: 'Commitments' }).getByRole('article');

test('a server error is named, retried, and Retry works once the server recovers', async ({
  page,
}) => {
  let failures = 0;
  await page.route(DATASET, (route) => {
    failures += 1;
    return route.fulfill({ status: 500, body: 'Internal error' });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The server failed to send the dataset (500', {
    timeout: 15_000,
  });
  // react-query already retried on its own before giving up.
  expect(failures).toBeGreaterThan(1);

  await page.unroute(DATASET);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(commitments(page).first()).toBeVisible();
});

test('a network failure is named as such', async ({ page }) => {
  await page.route(DATASET, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('could not be reached', { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('hostile strings in data render as inert text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostileTitle = '<script>alert("title")</script><img src=x onerror=alert("img")>';
  // An override that is never closed would reverse everything after it, were it not isolated.
  const bidiTitle = 'Signed \u202Eby the ministers';
  await page.route(DATASET, async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as typeof dataset & {
      commitments: { title: { en: string }; evidence: { quote: string }[] }[];
    };
    data.commitments[0]!.title.en = hostileTitle;
    data.commitments[0]!.evidence[0]!.quote = '<b onmouseover=alert("quote")>bold</b>';
    data.commitments[1]!.title.en = bidiTitle;
    await route.fulfill({ response, json: data });
  });
  // The first two commitments of the file are the oldest: on the first page, oldest first.
  await page.goto('/?sort=oldest');
  const list = page.getByRole('region', { name: 'Commitments' });
  await expect(list.getByRole('heading', { name: hostileTitle })).toBeVisible();
  await expect(list.getByText('“<b onmouseover=alert("quote")>bold</b>”')).toBeVisible();
  const bidiHeading = list.getByRole('heading', { name: bidiTitle });
  await expect(bidiHeading.locator('bdi')).toHaveText(bidiTitle);
  // The text after the title is laid out left to right as usual: its date follows its meeting.
  const facts = bidiHeading.locator(
    'xpath=ancestor::article//dl[contains(@class, "commitment-facts")]',
  );
  // Status, type, meeting, date: the date comes after the meeting, on its line or the next.
  const meetingBox = (await facts.locator(':scope > div').nth(2).boundingBox())!;
  const dateBox = (await facts.locator(':scope > div').nth(3).boundingBox())!;
  expect(dateBox.y > meetingBox.y || dateBox.x > meetingBox.x).toBe(true);
  await expect(page.locator('main img, main script, main b')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('a few hundred random URLs give a page and no error', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pieces = [
    'domains',
    'meetings',
    'q',
    'view',
    'compare',
    'lang',
    'item',
    'type',
    'status',
    'confidence',
    'x',
    '%',
    '%zz',
    '%E0%A4',
    '=',
    '&',
    ',',
    'ai',
    'dpc2',
    '<script>',
    '\u202e',
    'ja',
    'compare',
    '%00',
    '..',
    'dpc1-semiconductor-memorandum',
  ];
  const randomQuery = () =>
    Array.from(
      { length: 1 + Math.floor(random() * 12) },
      () => pieces[Math.floor(random() * pieces.length)],
    ).join(random() < 0.5 ? '' : '=');

  // 30 full page loads, each followed by 9 Back/Forward-style navigations in the page (the same
  // parsing path without a reload): 300 URLs in all.
  for (let load = 0; load < 30; load++) {
    await page.goto(`/?${randomQuery()}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const queries = Array.from({ length: 9 }, randomQuery);
    await page.evaluate(async (list) => {
      for (const q of list) {
        window.history.pushState(null, '', `?${q}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    }, queries);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await expect(page.locator('#main')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the app runs under its Content-Security-Policy with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("object-src 'none'");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /default-src 'self'; script-src 'self'/,
  );
  await showCharts(page);
  await page
    .getByRole('link', { name: 'Memorandum of Cooperation on semiconductors signed' })
    .click();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Compare meetings' }).click();
  await expect(
    page.getByRole('table', { name: 'Commitments per domain at A and at B' }),
  ).toBeVisible();
  await page.locator('#dataset-file').setInputFiles({
    name: 'small.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(generateDataset(20))),
  });
  await expect(page.getByText('Showing your file')).toBeVisible();
  const violations = await page.evaluate(
    () => (window as unknown as { violations: string[] }).violations,
  );
  expect(violations).toEqual([]);
});

test('a chart that fails shows an error in its panel only', async ({ page }) => {
  await page.addInitScript(() => {
    window.ResizeObserver = class {
      constructor() {
        throw new Error('ResizeObserver is not available');
      }
    } as unknown as typeof ResizeObserver;
  });
  await page.goto('/?domains=quantum');
  // Bring the charts near the screen through the list below them: the charts' own heading may
  // already have been replaced by the error when they were near enough to load at once.
  await page.getByRole('heading', { name: 'Commitments', exact: true }).scrollIntoViewIfNeeded();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The charts could not be shown.' }),
  ).toBeVisible();
  await expect(commitments(page).first()).toBeVisible();
  await page.getByRole('checkbox', { name: /^Semiconductors/ }).check();
  await expect(page).toHaveURL(/domains=quantum,semiconductors/);
  await expect(page.getByRole('grid', { name: /by domain/ }).locator('tbody tr')).toHaveCount(2);
});

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
    await expect(page.getByRole('status').filter({ hasText: 'Showing your file' })).toContainText(
      '“eu-korea.json” (30 commitments)',
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
      const state = { frames: 0, longestGap: 0, last: performance.now(), running: true };
      (window as unknown as { frameProbe: typeof state }).frameProbe = state;
      const tick = (now: number) => {
        state.longestGap = Math.max(state.longestGap, now - state.last);
        state.last = now;
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
