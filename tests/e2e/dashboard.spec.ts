import { expect, openApp, test } from './support/test';
import { dataset, expectedTitles, SHOWN_BY_DEFAULT } from './support/bundled-dataset';
import { collectPageErrors, listedTitles, query, showCharts } from './support/helpers';

test('the default view shows every meeting and domain of the bundled dataset', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  const matrix = page.getByRole('grid', { name: /by domain \(rows\) and meeting \(columns\)/ });
  await expect(matrix.locator('thead th')).toHaveCount(dataset.meetings.length + 2);
  await expect(matrix.locator('tbody tr')).toHaveCount(dataset.domains.length);
  const expected = expectedTitles({});
  await expect(page.getByText(`Showing 20 of ${expected.length} commitments.`)).toBeVisible();
  expect(await listedTitles(page)).toEqual(expected);
  await showCharts(page);
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a URL with filters opens exactly the filtered commitments and charts', async ({ page }) => {
  await page.goto('/?domains=quantum&meetings=dpc3');
  const expected = expectedTitles({ domains: ['quantum'], meetings: ['dpc3'] });
  await expect(page.getByRole('region', { name: 'Commitments' }).getByRole('article')).toHaveCount(
    expected.length,
  );
  expect(await listedTitles(page)).toEqual(expected);
  const matrix = page.getByRole('grid', { name: /by domain/ });
  await expect(matrix.locator('tbody tr')).toHaveCount(1);
  await expect(matrix.locator('tbody tr')).toContainText(
    `Quantum: show only this domain${expected.length}`,
  );
  await expect(page.getByRole('checkbox', { name: /^Quantum/ })).toBeChecked();
  // One meeting and one domain are shown, so the chart's summary names the meeting and counts one
  // domain tag per commitment listed.
  await expect(
    page.getByText(
      `Council 3, Tokyo 2025, the one meeting shown, has ${expected.length} domain tags.`,
    ),
  ).toBeVisible();
});

test('filters, matrix cells, bars and legend entries all update the URL', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('checkbox', { name: /^Semiconductors/ }).check();
  await expect(page).toHaveURL(/\?domains=semiconductors$/);

  await page.getByRole('searchbox', { name: /search/i }).fill('early warning');
  await expect(page).toHaveURL(/\?domains=semiconductors&q=early%20warning$/);
  await page.getByRole('button', { name: 'Reset all filters' }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole('button', { name: /in Cybersecurity at Council 2, Brussels 2024/ }).click();
  expect(query(page)).toBe('?domains=cybersecurity&meetings=dpc2');
  expect(await listedTitles(page)).toEqual(
    expectedTitles({ domains: ['cybersecurity'], meetings: ['dpc2'] }),
  );

  await page.getByRole('button', { name: 'Reset all filters' }).click();
  await showCharts(page);
  await page.locator('.recharts-legend-item', { hasText: 'Quantum' }).click();
  await expect(page).toHaveURL(/\?domains=quantum$/);

  await page.getByRole('button', { name: 'Reset all filters' }).click();
  await expect(page.locator('.recharts-legend-item')).toHaveCount(dataset.domains.length);
  // The first segment of the first bar: semiconductors at the 2022 summit.
  await page.locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(/\?domains=semiconductors&meetings=summit-2022$/);
});

test('Copy link, then opening the link in a new page, shows the same view', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('checkbox', { name: /^Artificial intelligence/ }).check();
  await page.getByRole('checkbox', { name: 'Show unverified and disputed claims' }).check();
  await page.getByRole('searchbox', { name: /search/i }).fill('AI');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).search).toBe(
    '?domains=ai&confidence=official,reported,unverified,disputed&q=AI',
  );

  const reopened = await context.newPage();
  await openApp(reopened, copied);
  await expect(reopened.getByRole('searchbox', { name: /search/i })).toHaveValue('AI');
  await expect(reopened.getByRole('checkbox', { name: /^Artificial intelligence/ })).toBeChecked();
  await expect(
    reopened.getByRole('checkbox', { name: 'Show unverified and disputed claims' }),
  ).toBeChecked();
  expect(await listedTitles(reopened)).toEqual(await listedTitles(page));
  expect(reopened.url()).toBe(copied);
});

test('an opened commitment has its own link; Back and Forward move between views', async ({
  page,
}) => {
  await page.goto('/?domains=semiconductors');
  // The card's own title link (the "What's new" panel and other cards' notes may link to it too).
  await page
    .getByRole('region', { name: 'Commitments' })
    .getByRole('heading', { name: 'Memorandum of Cooperation on semiconductors signed' })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/\?domains=semiconductors&item=dpc1-semiconductor-memorandum$/);
  const dialog = page.getByRole('dialog');
  // The thread's lineage lists what followed (a step's note may also link to it).
  const thread = dialog.getByRole('region', { name: /^Thread:/ });
  await expect(thread).toBeVisible();
  await expect(thread.getByText('Joint semiconductor research: PFAS alternatives')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\?domains=semiconductors$/);
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.goForward();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).toHaveURL(/\?domains=semiconductors$/);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /^Semiconductors/ })).toBeChecked();
});

test('a permalink to a commitment opens it directly', async ({ page }) => {
  await page.goto('/?item=dpc3-quantum-letter-of-intent');
  const dialog = page.getByRole('dialog');
  await expect(
    dialog.getByRole('heading', {
      name: 'Letter of intent on quantum science and technology signed',
    }),
  ).toBeVisible();
  await expect(dialog).toContainText('13 May 2025');
});

test('a URL with unknown ids shows a notice and the cleaned URL', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/?domains=ai,space&meetings=dpc9&view=map&item=nope');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Part of the link could not be used.' });
  await expect(notice).toContainText('Ignored unknown domain: “space”.');
  await expect(notice).toContainText('Ignored unknown meeting: “dpc9”.');
  await expect(notice).toContainText('Ignored unknown view “map”.');
  await expect(notice).toContainText('The commitment “nope” is not in this dataset.');
  await expect(page).toHaveURL(/\?domains=ai$/);
  expect(await listedTitles(page)).toEqual(expectedTitles({ domains: ['ai'] }));
  expect(errors).toEqual([]);
});

test('an empty result offers a one-click way out', async ({ page }) => {
  await page.goto('/?q=no%20such%20words%20anywhere');
  await expect(page.getByText('No commitment matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(
    page.getByText(`Showing 20 of ${expectedTitles({}).length} commitments.`),
  ).toBeVisible();
});

test('timeline points filter to their meeting or open their signed document', async ({ page }) => {
  await page.goto('/');
  await page.locator('#timeline-heading').scrollIntoViewIfNeeded();
  // Three rows of points: meetings, signed documents, and events between meetings.
  await expect(page.locator('.recharts-scatter')).toHaveCount(3);
  const meetings = page.locator('.recharts-scatter.timeline-meetings');
  const documents = page.locator('.recharts-scatter.timeline-documents');
  const events = page.locator('.recharts-scatter.timeline-events');
  await expect(meetings.locator('.recharts-scatter-symbol')).toHaveCount(
    dataset.meetings.filter((meeting) => meeting.date).length,
  );
  await expect(events.locator('.recharts-scatter-symbol')).toHaveCount(
    dataset.events.filter((event) => SHOWN_BY_DEFAULT.includes(event.confidence)).length,
  );
  // The first meeting on the timeline: the 2022 summit.
  await meetings.locator('.recharts-scatter-symbol').first().click();
  await expect(page).toHaveURL(/\?meetings=summit-2022$/);
  // Events between meetings stand on the timeline only while no meeting is picked out.
  await expect(events.locator('.recharts-scatter-symbol')).toHaveCount(0);
  const expected = expectedTitles({ meetings: ['summit-2022'] });
  // The list follows the address a moment later.
  await expect(page.getByRole('region', { name: 'Commitments' }).getByRole('article')).toHaveCount(
    expected.length,
  );
  expect(await listedTitles(page)).toEqual(expected);

  await page.getByRole('button', { name: 'Reset all filters' }).click();
  await page.locator('#timeline-heading').scrollIntoViewIfNeeded();
  // The first signed document: the Digital Partnership concluded at that summit.
  const id = 'summit-2022-digital-partnership-concluded';
  const title = dataset.commitments.find((commitment) => commitment.id === id)!.title.en;
  await documents.locator('.recharts-scatter-symbol').first().click();
  await expect(page).toHaveURL(new RegExp(`\\?item=${id}$`));
  await expect(
    page.getByRole('dialog').getByRole('heading', { level: 2, name: title }),
  ).toBeVisible();
});

test('a search marks its words in the results, in either language', async ({ page }) => {
  for (const [url, region, word] of [
    ['/?q=Semiconductor', 'Commitments', /^semiconductor$/i],
    ['/?q=%E5%8D%8A%E5%B0%8E%E4%BD%93&lang=ja', '合意事項', /^半導体$/],
  ] as const) {
    await page.goto(url);
    await page.locator('#main:not([aria-busy="true"])').waitFor();
    const marks = page.getByRole('region', { name: region }).getByRole('article').locator('mark');
    await expect(marks.first()).toHaveText(word);
    for (const text of await marks.allTextContents()) expect(text).toMatch(word);
  }
});
