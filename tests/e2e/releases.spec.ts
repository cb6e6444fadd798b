import { collectPageErrors, query } from './support/helpers';
import { expect, test } from './support/test';

const counts = '[aria-labelledby="commitments-heading"] > .panel-summary';

test.describe('releases and pinned links', () => {
  test('a link pinned to 1.1.0 shows that release, and its banner opens the latest', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?meetings=dpc4&v=1.1.0');
    // In 1.1.0 the 4th Council was still planned: nothing was committed there yet.
    const banner = page.getByRole('status').filter({ hasText: 'release 1.1.0' });
    await expect(banner).toContainText('21 November 2026');
    await expect(banner).toContainText('The latest release is 2.0.0');
    await expect(page.locator(counts)).toHaveText(/^0 commitments/);
    expect(query(page)).toBe('?meetings=dpc4&v=1.1.0');

    await banner.getByRole('link', { name: 'Open this view in the latest release' }).click();
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    expect(query(page)).toBe('?meetings=dpc4');
    await expect(page.locator(counts)).toHaveText(/^[1-9]\d* commitments?/);
    await expect(page.getByRole('status').filter({ hasText: 'release 1.1.0' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a pinned view keeps v in the address it copies', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?domains=ai&v=1.1.0');
    await expect(page.getByRole('status').filter({ hasText: 'release 1.1.0' })).toBeVisible();
    await page.getByRole('button', { name: /copy link/i }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe('?domains=ai&v=1.1.0');
  });

  test('an unknown release gives a notice and the latest', async ({ page }) => {
    await page.goto('/?meetings=dpc4&v=9.9.9');
    await expect(page.getByText('There is no release “9.9.9” of the dataset')).toBeVisible();
    await expect(page.locator(counts)).toHaveText(/^[1-9]\d* commitments?/);
    await expect.poll(() => query(page)).toBe('?meetings=dpc4');
  });

  test('a malformed release is dropped with a notice', async ({ page }) => {
    await page.goto('/?v=..%2F..%2Findex');
    await expect(page.getByText('Ignored release “../../index”')).toBeVisible();
    await expect.poll(() => query(page)).toBe('');
  });

  test('the changes page lists what 2.0.0 added', async ({ page }) => {
    await page.goto('/?view=changes');
    const release = page.getByRole('region', { name: /^Release 2\.0\.0/ });
    await expect(release).toContainText(/Against release 1\.1\.0: \d+ added/);
    await expect(release.getByRole('heading', { name: 'Added' })).toBeVisible();
    await expect(release).toContainText('An annual ministerial Digital Partnership Council');
    // The meeting filter applies.
    await page.goto('/?meetings=dpc4&view=changes');
    const filtered = page.getByRole('region', { name: /^Release 2\.0\.0/ });
    await expect(filtered).toContainText('4th EU–Japan Digital Partnership Council');
    await expect(filtered).not.toContainText('An annual ministerial Digital Partnership Council');
  });

  test('the page head links the Atom feed, which lists each release', async ({ page, request }) => {
    await page.goto('/');
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute('href', /^(\.\/)?feed\.xml$/);
    const feed = await (await request.get('/feed.xml')).text();
    expect(feed.match(/<entry>/g)).toHaveLength(2);
  });
});
