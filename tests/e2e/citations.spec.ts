import type { Page } from '@playwright/test';
import { dataset, pinnedToLatest } from './support/bundled-dataset';
import { csvMetadata, localDate } from './support/downloads';
import { collectPageErrors } from './support/helpers';
import { expect, test } from './support/test';

const ITEM = 'dpc1-semiconductor-memorandum';
/** What each format starts with. */
const RIS = /^TY {2}- /;
const CSL_JSON = /^\[/;

const commitment = dataset.commitments.find((c) => c.id === ITEM)!;

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Opens the commitment's Cite panel and copies one format; returns what the clipboard holds. */
async function copyFormat(page: Page, button: string, format: RegExp): Promise<string> {
  const dialog = page.getByRole('dialog');
  const cite = dialog.getByRole('region', {
    name: /^(Cite this commitment|この合意事項を引用する)$/,
  });
  if (!(await cite.isVisible())) {
    await dialog.getByRole('button', { name: /^(Cite|引用)$/ }).click();
  }
  await cite.getByRole('button', { name: button }).click();
  await expect.poll(() => clipboard(page)).toMatch(format);
  return clipboard(page);
}

/** A RIS record read back: a tag and a value per line, every line `XX  - value`. */
function parseRis(record: string): { tags: string[]; values: Map<string, string> } {
  const lines = record.split(/\r?\n/);
  for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  return {
    tags: lines.map((line) => line.slice(0, 2)),
    values: new Map(lines.map((line) => [line.slice(0, 2), line.slice(6)])),
  };
}

test.describe('citing one commitment', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('Cite copies a RIS record and CSL-JSON naming the dataset version and the permalink', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(`/?item=${ITEM}`);
    const { tags, values } = parseRis(await copyFormat(page, 'Copy RIS', RIS));
    expect(tags[0]).toBe('TY');
    expect(tags.at(-1)).toBe('ER');
    expect(values.get('TI')).toBe(commitment.title.en);
    expect(values.get('ET')).toBe(dataset.meta.version);
    // Pinned to the release shown: the reference reopens the release cited.
    expect(new URL(values.get('UR')!).search).toBe(`?item=${ITEM}&v=${dataset.meta.version}`);

    const [item] = JSON.parse(await copyFormat(page, 'Copy CSL-JSON', CSL_JSON));
    expect(item).toMatchObject({ type: 'dataset', title: commitment.title.en });
    expect(item.version).toBe(dataset.meta.version);
    expect(new URL(item.URL).search).toBe(`?item=${ITEM}&v=${dataset.meta.version}`);
    expect(errors).toEqual([]);
  });

  test('in a view pinned to 1.1.0, the permalink keeps v and the version is 1.1.0', async ({
    page,
  }) => {
    await page.goto(`/?item=${ITEM}&v=1.1.0`);
    await expect(page.getByRole('status').filter({ hasText: 'release 1.1.0' })).toBeVisible();
    const { values } = parseRis(await copyFormat(page, 'Copy RIS', RIS));
    expect(values.get('ET')).toBe('1.1.0');
    expect(new URL(values.get('UR')!).search).toBe(`?item=${ITEM}&v=1.1.0`);
    const [item] = JSON.parse(await copyFormat(page, 'Copy CSL-JSON', CSL_JSON));
    expect(item.version).toBe('1.1.0');
    expect(new URL(item.URL).search).toBe(`?item=${ITEM}&v=1.1.0`);
  });

  test('in Japanese, the record names the commitment in Japanese', async ({ page }) => {
    await page.goto(`/?lang=ja&item=${ITEM}`);
    const [item] = JSON.parse(await copyFormat(page, 'CSL-JSONをコピー', CSL_JSON));
    expect(item.title).toBe(commitment.title.ja);
    expect(new URL(item.URL).search).toBe(`?lang=ja&item=${ITEM}&v=${dataset.meta.version}`);
  });
});

test.describe('citing a view', () => {
  test('copies the citation and the BibTeX entry of the view', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?domains=semiconductors&meetings=dpc2');
    const panel = page.getByRole('region', { name: 'Export and cite' });
    const today = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date());

    await panel.getByRole('button', { name: 'Copy citation' }).click();
    await expect(panel.getByText('Citation copied.')).toBeVisible();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain(`${pinnedToLatest(page.url())} (accessed`);
    expect(citation).toContain(`dataset v${dataset.meta.version}`);
    expect(citation).toContain(`(accessed ${today})`);
    expect(citation).toContain('“Commitments on Semiconductors at Council 2 (Brussels 2024)”');
    await expect(panel.locator('.citation')).toHaveText(citation);

    await panel.getByRole('button', { name: 'Copy BibTeX' }).click();
    const entry = await page.evaluate(() => navigator.clipboard.readText());
    expect(entry).toMatch(/^@misc\{eujapandp-v\d+-\d+-\d+-[0-9a-f]{8},\n/);
    expect(entry).toContain(`howpublished = {\\url{${pinnedToLatest(page.url())}}}`);
    expect(entry).toContain(`version = {${dataset.meta.version}}`);
    expect(entry).toContain(`urldate = {${localDate()}}`);
    expect(entry).toContain(
      'title = {{Commitments on Semiconductors at Council 2 (Brussels 2024)}}',
    );
  });

  test('the default comparison is cited with its pair and release written out, and reopens as cited', async ({
    page,
  }) => {
    // Without them, the address would follow the latest two meetings and the latest release.
    await page.goto('/?view=compare');
    const meta = (await csvMetadata(page, 'Download CSV metadata')) as {
      url: string;
      compare: [string, string];
    };
    const cited = new URL(meta.url);
    expect(cited.searchParams.get('compare')).toBe(meta.compare.join(','));
    expect(cited.searchParams.get('v')).toBe(dataset.meta.version);
    await page.goto(`${cited.pathname}${cited.search}`);
    await expect(page.getByRole('heading', { name: 'Compare two meetings' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await csvMetadata(page, 'Download CSV metadata')).toMatchObject({
      url: meta.url,
      compare: meta.compare,
    });
  });
});
