import { expect, test } from './support/test';

test.describe('the commitment dialog', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the permalink, cites, moves through the list and keeps its header in view', async ({
    page,
  }) => {
    await page.goto('/?sort=oldest');
    const list = page.getByRole('region', { name: 'Commitments' });
    const titles = list.locator('.commitment-title a');
    const first = (await titles.nth(0).textContent())!.trim();
    const second = (await titles.nth(1).textContent())!.trim();
    await titles.nth(0).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(first);
    const item = new URL(page.url()).searchParams.get('item')!;

    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByText('Link copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('item')).toBe(item);
    expect(new URL(copied).search).toBe(`?item=${item}`);

    await dialog.getByRole('button', { name: 'Cite' }).click();
    const cite = dialog.getByRole('region', { name: 'Cite this commitment' });
    await expect(cite).toContainText(/dataset v\d+\.\d+\.\d+/);
    await expect(cite.locator('pre')).toContainText('@misc{eujapandp-v');
    await expect(cite.locator('pre')).toContainText(/version = \{\d+\.\d+\.\d+\}/);

    await dialog.getByRole('button', { name: 'Next →' }).click();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(second);
    expect(new URL(page.url()).searchParams.get('item')).not.toBe(item);
    await page.goBack();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(first);
    expect(new URL(page.url()).searchParams.get('item')).toBe(item);

    await dialog.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    expect(await dialog.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
    const close = dialog.getByRole('button', { name: 'Close' });
    await expect(close).toBeInViewport();
    const [dialogTop, closeTop] = await Promise.all([
      dialog.evaluate((element) => element.getBoundingClientRect().top),
      close.evaluate((element) => element.getBoundingClientRect().top),
    ]);
    expect(closeTop - dialogTop).toBeLessThan(80);
  });
});

test.describe('the comparison on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('shows the groups as cards with no sideways scroll', async ({ page }) => {
    await page.goto('/?view=compare&compare=dpc2,dpc3');
    await expect(page.getByRole('region', { name: /^New at B/ })).toBeVisible();
    await expect(
      page.getByRole('region', { name: /^Advanced|^Carried over/ }).first(),
    ).toBeVisible();
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const quotes = page.locator('.lineage-quotes details').first();
    await quotes.locator('summary').click();
    await expect(quotes.locator('blockquote').first()).toBeVisible();
  });
});
