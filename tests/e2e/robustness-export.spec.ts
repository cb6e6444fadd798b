// Exports of a reader's own file whose text holds what XML forbids and what UTF-16 cannot pair:
// the chart files stay well-formed and the CSV's address still reopens the view.
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { generateDataset } from '../../scripts/generate-dataset';
import { hostileText } from '../../src/testing/hostile-text';
import { expect, test } from './support/test';
import { showCharts } from './support/helpers';
import { download, downloadText } from './support/downloads';

/** Hostile texts drawn from a fixed seed, each holding a forbidden control and a lone surrogate. */
const hostile = fc
  .sample(hostileText(16), { seed: 20_261_130, numRuns: 12 })
  .map((text, index) => `${text}\u0001 ${index} \uDC00`);

test('a file with control characters and lone surrogates exports well-formed SVG, a PNG and a CSV that reopens the view', async ({
  page,
}) => {
  const data = generateDataset(30, 3);
  data.meetings.forEach((meeting, index) => {
    meeting.city.en = hostile[index]!;
    meeting.title.en = hostile[index + 2]!;
  });
  data.domains.forEach((domain, index) => {
    domain.label.en = hostile[(index + 4) % hostile.length]!;
  });
  data.commitments.forEach((commitment, index) => {
    commitment.title.en = hostile[index % hostile.length]!;
  });
  // JSON writes each of these as a \u escape, which the page reads back as it was.
  const file = JSON.stringify(data);
  expect(file).toContain('\\u0001');
  expect(file).toContain('\\udc00');

  await page.goto('/?domains=semiconductors,ai&q=cooperate');
  await page.locator('#dataset-file').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Showing your file' })).toContainText(
    '“hostile.json” (30 commitments)',
  );
  const view = new URL(page.url()).search;
  await showCharts(page);

  const title = 'Domain tags per meeting';
  const { text: svg } = await downloadText(page, `Download SVG: ${title}`);
  const parsed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: document.querySelector('parsererror')?.textContent ?? null,
      texts: Array.from(document.querySelectorAll('text'), (node) => node.textContent ?? ''),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.texts[0]).toBe(title);
  // The meetings' names are on the axis, without what XML cannot hold.
  expect(parsed.texts.join(' ')).toContain(' 0 \uFFFD');

  await expect(
    page.getByRole('status').filter({ hasText: /^Downloaded .*\.svg\.$/ }),
  ).toBeVisible();
  const png = await download(page, `Download PNG: ${title}`);
  const bytes = await readFile((await png.path())!);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');

  const { text: csv } = await downloadText(page, 'Download CSV');
  expect(csv).toContain('commitment-');
  const meta = JSON.parse((await downloadText(page, 'Download CSV metadata')).text).meta as {
    url: string;
  };
  // The address is written as it is, and opens the same view.
  expect(new URL(meta.url).search).toBe(view);
  await page.goto(meta.url);
  expect(new URL(page.url()).search).toBe(view);
  await expect(page.getByRole('searchbox', { name: /^Search/ })).toHaveValue('cooperate');
  await expect(page.getByRole('checkbox', { name: /^Semiconductors/ })).toBeChecked();
});
