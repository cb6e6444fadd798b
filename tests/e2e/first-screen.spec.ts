import { expect, test, type Page } from '@playwright/test';

const DATASET = '**/data/partnership.json';

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('shows every meeting of the bundled dataset with its commitments and evidence', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'What the EU and Japan committed to, Council by Council',
  );
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    '28th EU–Japan Summit',
    '1st EU–Japan Digital Partnership Council',
    '29th EU–Japan Summit',
    '2nd EU–Japan Digital Partnership Council',
    '3rd EU–Japan Digital Partnership Council',
    '30th EU–Japan Summit',
    '4th EU–Japan Digital Partnership Council',
  ]);

  const memorandum = page.getByRole('article', {
    name: 'Memorandum of Cooperation on semiconductors signed',
  });
  await expect(memorandum).toContainText('4 July 2023');
  await expect(memorandum).toContainText('Official');
  await expect(
    memorandum.getByRole('link', { name: 'Japan, EU sign MOU on semiconductor cooperation' }),
  ).toHaveAttribute(
    'href',
    'https://www.nippon.com/en/news/yjj2023070400922/japan-eu-sign-mou-on-semiconductor-cooperation.html',
  );

  const planned = page.getByRole('region', { name: '4th EU–Japan Digital Partnership Council' });
  await expect(planned).toContainText('Planned for 2026');
  await expect(planned).toContainText('No commitments recorded yet.');

  await expect(
    page.getByRole('article', {
      name: 'Claim: Arctic submarine cables are being laid with EU-backed secure protocols',
    }),
  ).toContainText('Disputed');
  expect(errors).toEqual([]);
});

test('explains a missing dataset and recovers with Retry once the file is back', async ({
  page,
}) => {
  await page.route(DATASET, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded');
  await expect(alert).toContainText('The server answered 404');

  await page.unroute(DATASET);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('28th EU–Japan Summit');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('names a truncated file instead of showing a blank page', async ({ page }) => {
  await page.route(DATASET, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"title":' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});

test('lists the schema problems of a malformed file with their JSON paths', async ({ page }) => {
  await page.route(DATASET, async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as { sources: { url?: string }[] };
    data.sources[0]!.url = 'javascript:alert(1)';
    await route.fulfill({ response, json: data });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(
    '$.sources[0].url: must be an http:// or https:// address',
  );
});
