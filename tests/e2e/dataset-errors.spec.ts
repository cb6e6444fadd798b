import { expect, test } from './support/test';

const DATASET = '**/data/partnership.json';

test('explains a missing dataset and recovers with Retry once the file is back', async ({
  page,
}) => {
  await page.route(DATASET, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset could not be loaded');
  await expect(alert).toContainText('The dataset was not found on the server (404');

  await page.unroute(DATASET);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('region', { name: 'Commitments' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('names a truncated file instead of showing a blank page', async ({ page }) => {
  await page.route(DATASET, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"title":' }),
  );
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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
