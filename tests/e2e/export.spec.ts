import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { dataset, pinnedToLatest } from './support/bundled-dataset';
import { csvMetadata, download, downloadText, localDate, readCsv } from './support/downloads';
import { collectPageErrors, expandList, showCharts } from './support/helpers';
import { expect, test } from './support/test';

/** The ids of the commitments the page lists, in the list's order, after drawing the whole list. */
async function listedIds(page: Page): Promise<string[]> {
  await expandList(page);
  const links = page
    .getByRole('region', { name: 'Commitments' })
    .getByRole('article')
    .getByRole('heading')
    .getByRole('link');
  const hrefs = await links.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('href') ?? ''),
  );
  return hrefs.map((href) => new URLSearchParams(href.replace(/^.*\?/, '')).get('item') ?? '');
}

const ALL_CONFIDENCE = ['official', 'reported', 'unverified', 'disputed'];

test('exports exactly the filtered commitments as CSV and JSON, with the view written in', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await page.getByRole('checkbox', { name: /^Semiconductors/ }).check();
  await page.getByRole('checkbox', { name: /^Artificial intelligence/ }).check();
  const showThem = page
    .getByRole('region', { name: 'Commitments' })
    .getByRole('button', { name: 'Show them' });
  await showThem.click();
  await expect(page).toHaveURL(
    /\?domains=ai,semiconductors&confidence=official,reported,unverified,disputed$/,
  );
  // The list follows the address a moment later: then nothing is hidden any more.
  await expect(showThem).toBeHidden();
  const ids = await listedIds(page);
  expect(ids.length).toBeGreaterThan(20);

  const panel = page.getByRole('region', { name: 'Export and cite' });
  await expect(panel).toContainText(`${ids.length} commitments match the current filters.`);

  const csv = await downloadText(page, /^Download CSV$/);
  expect(csv.name).toBe(
    `eu-japan-digital-partnership-ai-semiconductors-official-reported-unverified-disputed-${localDate()}.csv`,
  );
  const table = readCsv(csv.text);
  expect(table.errors).toEqual([]);
  // The same commitments as the list; the list is newest first, the exports oldest first (checked
  // below against the list ordered oldest first).
  const csvIds = table.data.map((row) => row.id!);
  expect([...csvIds].sort()).toEqual([...ids].sort());
  // Each row answers the URL's filters, read independently of the page.
  const url = new URL(page.url());
  const domains = url.searchParams.get('domains')!.split(',');
  for (const row of table.data) {
    expect(row.domains!.split('; ').some((domain) => domains.includes(domain))).toBe(true);
    expect(ALL_CONFIDENCE).toContain(row.confidence);
    expect(JSON.parse(row.evidence!).length).toBeGreaterThan(0);
    if (row.confidence === 'unverified' || row.confidence === 'disputed') {
      expect(row.confidence_note_en).not.toBe('');
      expect(row.confidence_note_ja).not.toBe('');
    }
  }
  await expect(panel.getByText(`Downloaded ${csv.name}.`)).toHaveAttribute('role', 'status');
  expect(await csvMetadata(page, 'Download CSV metadata')).toMatchObject({
    url: pinnedToLatest(page.url()),
    exported: localDate(),
    dataset: { version: dataset.meta.version, licence: 'CC-BY-4.0' },
    filters: {
      domains: ['ai', 'semiconductors'],
      meetings: 'all',
      type: 'all',
      status: 'all',
      confidence: ALL_CONFIDENCE,
      q: '',
    },
    count: ids.length,
  });

  const json = await downloadText(page, 'Download JSON');
  expect(json.name).toBe(csv.name.replace(/\.csv$/, '.json'));
  const parsed = JSON.parse(json.text);
  expect(parsed.commitments.map((c: { id: string }) => c.id)).toEqual(csvIds);
  expect(parsed.meta).toMatchObject({
    url: pinnedToLatest(page.url()),
    exported: localDate(),
    view: 'overview',
    dataset: { version: dataset.meta.version, licence: 'CC-BY-4.0' },
    filters: { domains: ['ai', 'semiconductors'], meetings: 'all', confidence: ALL_CONFIDENCE },
    count: ids.length,
  });

  // The exports are in date order, oldest first: the order of the list sorted oldest first.
  await page.goto(`${url.pathname}${url.search}&sort=oldest`);
  expect(await listedIds(page)).toEqual(csvIds);
  expect(errors).toEqual([]);
});

test('in the comparison, exports the commitments of the two compared meetings', async ({
  page,
}) => {
  await page.goto('/?domains=quantum,semiconductors&meetings=dpc2,dpc3');
  const ids = await listedIds(page);
  expect(ids.length).toBeGreaterThan(0);

  await page.goto('/?domains=quantum,semiconductors&view=compare&compare=dpc2,dpc3');
  const panel = page.getByRole('region', { name: 'Export and cite' });
  await expect(panel).toContainText(
    `${ids.length} commitments of the two compared meetings match the current filters.`,
  );
  const table = readCsv((await downloadText(page, /^Download CSV$/)).text);
  expect(new Set(table.data.map((row) => row.id))).toEqual(new Set(ids));
  expect(await csvMetadata(page, 'Download CSV metadata')).toMatchObject({
    url: pinnedToLatest(page.url()),
    compare: ['dpc2', 'dpc3'],
    filters: { meetings: ['dpc2', 'dpc3'] },
  });
});

/** A PNG's width and height, from its header. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test('each chart downloads as SVG and PNG with its title and source line', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?domains=quantum');
  await showCharts(page);
  const title = 'Domain tags per meeting';
  const source = `Source: EU–Japan Digital Partnership tracker, dataset v${dataset.meta.version}, ${pinnedToLatest(page.url())}`;

  const svg = await downloadText(page, `Download SVG: ${title}`);
  expect(svg.name).toBe(
    `eu-japan-digital-partnership-commitments-per-meeting-quantum-${localDate()}.svg`,
  );
  const parsed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: document.querySelector('parsererror')?.textContent ?? null,
      root: document.documentElement.namespaceURI,
      texts: Array.from(document.querySelectorAll('text'), (node) => node.textContent),
      width: Number(document.documentElement.getAttribute('width')),
    };
  }, svg.text);
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('http://www.w3.org/2000/svg');
  expect(parsed.texts[0]).toBe(title);
  expect(parsed.texts).toContain('Quantum');
  // The source line may be wrapped: compared without the spaces where it breaks.
  expect(parsed.texts.join('').replace(/ /g, '')).toContain(source.replace(/ /g, ''));
  // Nothing in the file depends on the page's stylesheet.
  expect(svg.text).not.toMatch(/currentColor|var\(--/);

  const pngFile = await download(page, `Download PNG: ${title}`);
  const png = await readFile((await pngFile.path())!);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const [width, height] = pngSize(png);
  expect(width).toBe(parsed.width * 2);
  expect(height).toBeGreaterThan(600);
  // Not blank: drawn back in the browser, the picture has many colours, the bars' among them.
  const colours = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const seen = new Set<string>();
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      seen.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
    }
    return [...seen];
  }, png.toString('base64'));
  expect(colours.length).toBeGreaterThan(20);
  const quantum = await page
    .locator('.recharts-bar-rectangle path')
    .first()
    .evaluate((bar) => getComputedStyle(bar).fill);
  expect(colours).toContain(quantum.replace(/^rgb\((.*)\)$/, '$1').replace(/ /g, ''));

  await page
    .getByRole('heading', {
      name: 'Timeline of meetings, signed documents and events between meetings',
    })
    .scrollIntoViewIfNeeded();
  await page.locator('.recharts-scatter-symbol').first().waitFor();
  const timeline = await downloadText(
    page,
    'Download SVG: Timeline of meetings, signed documents and events between meetings',
  );
  expect(timeline.text).toContain(
    '>Timeline of meetings, signed documents and events between meetings</text>',
  );
  expect(errors).toEqual([]);
});

test('the comparison’s domain chart downloads too', async ({ page }) => {
  await page.goto('/?view=compare&compare=dpc2,dpc3');
  await page.locator('.recharts-bar-rectangle').first().waitFor();
  const svg = await downloadText(page, 'Download SVG: Domain by domain');
  expect(svg.name).toBe(
    `eu-japan-digital-partnership-domain-comparison-compare-dpc2-dpc3-${localDate()}.svg`,
  );
  expect(svg.text).toContain('>Domain by domain</text>');
  expect(svg.text).toContain('>A: Council 2 (Brussels 2024)</text>');
  const png = await readFile(
    (await (await download(page, 'Download PNG: Domain by domain')).path())!,
  );
  expect(pngSize(png)[0]).toBeGreaterThan(1000);
});

test('the Japanese page exports and cites in Japanese', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?domains=quantum&lang=ja');
  const panel = page.getByRole('region', { name: 'エクスポートと引用' });
  await expect(panel).toContainText('現在の絞り込み条件に該当する合意事項は');
  await panel.getByRole('button', { name: '引用文をコピー' }).click();
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain('「量子に関する合意事項」');
  expect(citation).toContain(`${pinnedToLatest(page.url())} （`);
  expect(citation).toContain('閲覧）');
  expect(readCsv((await downloadText(page, /^CSVをダウンロード$/)).text).errors).toEqual([]);
  expect(await csvMetadata(page, 'CSVのメタデータをダウンロード')).toMatchObject({
    title: '量子に関する合意事項',
    url: pinnedToLatest(page.url()),
  });
});
