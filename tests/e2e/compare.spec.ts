import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/test';
import { collectPageErrors } from './support/helpers';
import { dataset } from './support/bundled-dataset';

const summary = (page: Page) => page.locator('#compare-summary-text');

test('opens a comparison from its URL, with domains, threads and the whole lineage', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/?view=compare&compare=dpc2,dpc3');
  await expect(page.getByRole('link', { name: 'Compare meetings' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('combobox', { name: 'Meeting A' })).toHaveValue('dpc2');
  await expect(page.getByRole('combobox', { name: 'Meeting B' })).toHaveValue('dpc3');
  await expect(summary(page)).toHaveText(
    /^Council 2 \(Brussels 2024\) → Council 3 \(Tokyo 2025\): \d+ threads? new, \d+ advanced, \d+ carried over, \d+ last seen before\.$/,
  );

  const newAtB = page.getByRole('region', { name: /^New at B/ });
  await expect(
    newAtB.getByRole('rowheader', {
      name: /^Letter of intent on quantum science and technology/,
    }),
  ).toBeVisible();
  const semiconductorRow = page
    .getByRole('table', { name: 'Commitments per domain at A and at B' })
    .getByRole('row', { name: /^Semiconductors/ });
  await expect(semiconductorRow).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();

  const semiconductors = page.getByRole('row', {
    name: /^Semiconductor research under the 2023 Memorandum/,
  });
  await expect(semiconductors).toContainText('Memorandum of Cooperation on semiconductors signed');
  await expect(semiconductors).toContainText(
    'Expert team to develop a semiconductor research programme',
  );
  await expect(semiconductors).toContainText('Joint semiconductor research');
  expect(errors).toEqual([]);
});

test('change the pair, swap, copy the link, reopen it: the same comparison', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?view=compare');
  // By default the last two meetings held: the 3rd and the 4th Council.
  await expect(page.getByRole('combobox', { name: 'Meeting A' })).toHaveValue('dpc3');
  await expect(page.getByRole('combobox', { name: 'Meeting B' })).toHaveValue('dpc4');
  await expect(summary(page)).toHaveText(
    /^Council 3 \(Tokyo 2025\) → Council 4 \(Brussels 2026\): \d+ threads? new, \d+ advanced, \d+ carried over, \d+ last seen before\.$/,
  );

  await page.getByRole('combobox', { name: 'Meeting A' }).selectOption('dpc1');
  await expect(page).toHaveURL(/\?view=compare&compare=dpc1,dpc4$/);
  await page.getByRole('button', { name: '⇄ Swap A and B' }).click();
  await expect(page).toHaveURL(/\?view=compare&compare=dpc4,dpc1$/);
  // A is now the later meeting: the comparison still reads forward in time, and says so.
  await expect(summary(page)).toHaveText(
    /^Council 1 \(Tokyo 2023\) → Council 4 \(Brussels 2026\): .* Meeting A is the later of the two, so the comparison reads from B to A\.$/,
  );

  await page.getByRole('checkbox', { name: /^Quantum/ }).check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe('?domains=quantum&view=compare&compare=dpc4,dpc1');

  const reopened = await context.newPage();
  await openApp(reopened, copied);
  await expect(reopened.getByRole('combobox', { name: 'Meeting A' })).toHaveValue('dpc4');
  await expect(reopened.getByRole('combobox', { name: 'Meeting B' })).toHaveValue('dpc1');
  await expect(summary(reopened)).toHaveText((await summary(page).textContent())!);
  await expect(reopened.getByRole('checkbox', { name: /^Quantum/ })).toBeChecked();
});

test('the comparison is a step in history: Back returns to the overview', async ({ page }) => {
  await page.goto('/?domains=ai');
  await page.getByRole('link', { name: 'Compare meetings' }).click();
  await expect(page).toHaveURL(/\?domains=ai&view=compare$/);
  await page.getByRole('combobox', { name: 'Meeting A' }).selectOption('dpc2');
  await expect(page).toHaveURL(/\?domains=ai&view=compare&compare=dpc2,dpc4$/);
  // The 4th Council was held (5 May 2026): it is compared like any other, not announced as planned.
  await expect(summary(page)).toHaveText(
    /^Council 2 \(Brussels 2024\) → Council 4 \(Brussels 2026\): \d+ threads? new, \d+ advanced, \d+ carried over, \d+ last seen before\.$/,
  );

  await page.goBack();
  await expect(page).toHaveURL(/\?domains=ai$/);
  await expect(page.getByRole('region', { name: 'Commitments' })).toBeVisible();
  await page.goForward();
  await expect(page).toHaveURL(/\?domains=ai&view=compare&compare=dpc2,dpc4$/);
  await expect(page.getByRole('combobox', { name: 'Meeting A' })).toHaveValue('dpc2');
});

test('a meeting compared with itself gives an answer, not an error', async ({ page }) => {
  await page.goto('/?view=compare&compare=dpc1,dpc1');
  await expect(summary(page)).toContainText('the same meeting on both sides, so nothing changed');
});

test('comparing backwards in time reads from the earlier meeting, says so, and keeps the link', async ({
  page,
}) => {
  await page.goto('/?view=compare&compare=dpc1,dpc4');
  const forward = (await summary(page).textContent())!;
  const counts = forward.slice(forward.indexOf(': ') + 2);

  await page.goto('/?view=compare&compare=dpc4,dpc1');
  // The pair stays as the link gave it: A the 4th Council, B the 1st.
  await expect(page.getByRole('combobox', { name: 'Meeting A' })).toHaveValue('dpc4');
  await expect(page.getByRole('combobox', { name: 'Meeting B' })).toHaveValue('dpc1');
  await expect(page).toHaveURL(/\?view=compare&compare=dpc4,dpc1$/);
  // The same counts as forward, read from B (2023) to A (2026), and the page says so.
  await expect(summary(page)).toHaveText(
    `Council 1 (Tokyo 2023) → Council 4 (Brussels 2026): ${counts} Meeting A is the later of the two, so the comparison reads from B to A.`,
  );
  await expect(page.getByText(/^What A added to B, /)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Last seen before A \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /before B|at B/ })).toHaveCount(0);
  const domains = page.getByRole('table', { name: 'Commitments per domain at A and at B' });
  await expect(domains.getByRole('columnheader')).toHaveText([
    'Domain',
    'B: Council 1 (Tokyo 2023)',
    'A: Council 4 (Brussels 2026)',
    'Difference',
  ]);
});

test('Copy summary names the meetings apart and gives the version and an address that reopens it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The 30th Summit and the 3rd Council were both held in Tokyo in 2025.
  await page.goto('/?view=compare&compare=summit-2025,dpc4');
  await expect(summary(page)).toHaveText(
    /^Summit 30 \(Tokyo 2025\) → Council 4 \(Brussels 2026\): /,
  );
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByText('Summary copied.')).toBeVisible();
  const [sentence, source] = (await page.evaluate(() => navigator.clipboard.readText())).split(
    '\n',
  );
  expect(sentence).toBe(await summary(page).textContent());
  const version = dataset.meta.version;
  expect(source).toMatch(
    new RegExp(
      `^Source: EU–Japan Digital Partnership tracker, dataset v${version.replace(/\./g, '\\.')}, http`,
    ),
  );
  const address = source!.slice(source!.indexOf('http'));
  expect(new URL(address).search).toBe(`?view=compare&compare=summit-2025,dpc4&v=${version}`);

  const reopened = await context.newPage();
  await openApp(reopened, address);
  await expect(summary(reopened)).toHaveText(sentence!);
});
