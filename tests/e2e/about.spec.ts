import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { generateDataset } from '../../scripts/generate-dataset';
import { expect, test } from './support/test';
import { collectPageErrors } from './support/helpers';

// The About page describes the data, so every figure is checked against the file itself.
interface Source {
  id: string;
  title: string;
  url?: string;
}

type Prose = string | { en: string; ja: string };

interface Correction {
  claim: Prose;
  source: string;
  finding: Prose;
  evidence: { source: string; quote: string }[];
}

interface AboutDataset {
  meta: { version: string; lastUpdated: string };
  meetings: { id: string; title: { en: string; ja: string }; corrections?: Correction[] }[];
  sources: Source[];
  commitments: { confidence: string; evidence: { source: string }[] }[];
}

const data = JSON.parse(
  readFileSync(resolve('public/data/partnership.json'), 'utf8'),
) as AboutDataset;

function citedBy(source: string): number {
  return data.commitments.filter((c) => c.evidence.some((e) => e.source === source)).length;
}

function citedByText(n: number): string {
  if (n === 0) return 'not cited by a commitment';
  return `cited by ${n} ${n === 1 ? 'commitment' : 'commitments'}`;
}

const views = (page: Page) => page.getByRole('navigation', { name: /^(Views|表示の切り替え)$/ });
const sourcesRegion = (page: Page) =>
  page.getByRole('region', { name: `Sources (${data.sources.length})` });

test('About the data opens from the view switch, keeps the filters, and Back returns', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/?domains=semiconductors');
  await views(page).getByRole('link', { name: 'About the data' }).click();
  await expect(page).toHaveURL(/\?domains=semiconductors&view=about$/);
  await expect(page.getByRole('heading', { level: 2, name: 'About the data' })).toBeVisible();
  await expect(views(page).getByRole('link', { name: 'About the data' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  const version = page.getByRole('region', { name: 'Version and licence' });
  await expect(version).toContainText(data.meta.version);
  const [year, month, day] = data.meta.lastUpdated.split('-').map(Number);
  await expect(version.locator(`time[datetime="${data.meta.lastUpdated}"]`)).toHaveText(
    new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  );

  await page.goBack();
  await expect(page).toHaveURL(/\?domains=semiconductors$/);
  await expect(page.getByRole('region', { name: 'Commitments' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Semiconductors/ })).toBeChecked();

  await page.goForward();
  await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('every source of the dataset is listed, linked to its own address, with its citations', async ({
  page,
}) => {
  await page.goto('/?view=about');
  const region = sourcesRegion(page);
  await expect(region.getByRole('listitem')).toHaveCount(data.sources.length);

  const addresses = new Set(data.sources.flatMap((source) => source.url ?? []));
  const links = region.getByRole('link');
  await expect(links).toHaveCount(addresses.size);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^https?:\/\//);
    expect(addresses.has(href!)).toBe(true);
  }

  // Titles in Latin script are English, even where the source is marked Japanese (a title in
  // square brackets is the dataset's own description); titles in Japanese script are Japanese.
  for (const id of ['da-kono-2023-07-03', 'mic-dpc2-ja']) {
    await expect(region.locator(`#source-${id} a bdi`)).not.toHaveAttribute('lang', /./);
  }
  await expect(region.locator('#source-jst-crds-2022 a bdi')).toHaveAttribute('lang', 'ja');

  for (const source of data.sources) {
    const item = region.locator(`#source-${source.id}`);
    await expect(item).toContainText(source.title);
    await expect(item).toContainText(citedByText(citedBy(source.id)));
    if (source.url) {
      await expect(item.getByRole('link')).toHaveAttribute('href', source.url);
      await expect(item.getByRole('link')).toHaveAttribute('target', '_blank');
    } else {
      await expect(item.getByRole('link')).toHaveCount(0);
    }
  }

  // The groups together hold every source once.
  const counts = await region
    .getByRole('heading', { level: 4 })
    .evaluateAll((headings) => headings.map((h) => Number(/\((\d+)\)/.exec(h.textContent!)![1])));
  expect(counts.reduce((sum, n) => sum + n, 0)).toBe(data.sources.length);
});

test('the corrections to the starting articles are all shown, meeting by meeting', async ({
  page,
}) => {
  await page.goto('/?view=about');
  const region = page.getByRole('region', {
    name: 'Corrections to the articles the research started from',
  });
  const corrected = data.meetings.filter((meeting) => meeting.corrections?.length);
  expect(corrected.length).toBeGreaterThan(0);
  await expect(region.getByRole('heading', { level: 4 })).toHaveCount(corrected.length);
  const english = (prose: Prose) => (typeof prose === 'string' ? prose : prose.en);
  for (const meeting of corrected) {
    const list = region.getByRole('list', { name: new RegExp(`^${meeting.title.en}`) });
    const items = list.locator(':scope > li');
    await expect(items).toHaveCount(meeting.corrections!.length);
    for (const [index, correction] of meeting.corrections!.entries()) {
      const item = items.nth(index);
      const article = data.sources.find((source) => source.id === correction.source)!;
      await expect(item).toContainText(english(correction.claim));
      await expect(item).toContainText(article.title);
      await expect(item).toContainText(english(correction.finding));
      for (const evidence of correction.evidence) {
        await expect(item.getByRole('list', { name: 'Evidence' })).toContainText(evidence.quote);
      }
    }
  }
});

test('the confidence levels are counted from the data; doubtful claims are said to be hidden', async ({
  page,
}) => {
  await page.goto('/?view=about');
  const levels = page.getByRole('region', { name: 'How sure each claim is' });
  for (const [label, level] of [
    ['Official', 'official'],
    ['Reported by news', 'reported'],
    ['Unverified', 'unverified'],
    ['Disputed', 'disputed'],
  ] as const) {
    const n = data.commitments.filter((c) => c.confidence === level).length;
    await expect(levels.locator('dt', { hasText: label }).locator('+ dd')).toContainText(
      `${n} ${n === 1 ? 'commitment' : 'commitments'} in this dataset`,
    );
  }
  await expect(levels).toContainText('Unverified and disputed claims are hidden by default');
});

test('the Japanese version, and switching language on the page', async ({ page }) => {
  await page.goto('/?view=about');
  await page.getByRole('radio', { name: '日本語' }).check();
  await expect(page).toHaveURL(/\?view=about&lang=ja$/);
  await expect(page.getByRole('heading', { level: 2, name: 'データについて' })).toBeVisible();
  await expect(views(page).getByRole('link', { name: 'データについて' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const sources = page.getByRole('region', { name: `出典一覧（${data.sources.length}件）` });
  await expect(sources.getByRole('listitem')).toHaveCount(data.sources.length);
  // Publishers are written in English in the dataset, and marked so on the Japanese page.
  await expect(sources.locator('#source-mic-dpc1-en bdi').first()).toHaveAttribute('lang', 'en');
  await expect(sources.locator('#source-da-dpc3-ja a bdi')).not.toHaveAttribute('lang', /./);
  // Titles in Latin script of sources in Japanese, read as English; a Japanese title is not marked.
  for (const id of ['da-kono-2023-07-03', 'mic-dpc2-ja']) {
    await expect(sources.locator(`#source-${id} a bdi`)).toHaveAttribute('lang', 'en');
  }
  await expect(sources.locator('#source-jst-crds-2022 a bdi')).not.toHaveAttribute('lang', /./);
  await expect(sources.locator('#source-mic-dpc1-en')).toContainText(
    `${citedBy('mic-dpc1-en')}件の合意事項が引用`,
  );
  await expect(page.getByRole('region', { name: '訂正の連絡' })).toBeVisible();
});

test('the About page describes a dataset the reader opened, not the bundled one', async ({
  page,
}) => {
  await page.goto('/');
  const own = generateDataset(40, 3);
  // Not the bundled version, but one of the format this tracker reads (2.x): a file of another
  // major version is refused, not described.
  own.meta.version = '2.8.7';
  own.meta.corrections = 'https://example.org/corrections';
  await page.locator('#dataset-file').setInputFiles({
    name: 'own.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(own)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Showing your file' })).toBeVisible();
  await views(page).getByRole('link', { name: 'About the data' }).click();
  await expect(page.getByRole('region', { name: 'Version and licence' })).toContainText('2.8.7');
  await expect(
    page.getByRole('heading', { name: `Sources (${own.sources.length})` }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Report a correction' }).getByRole('link'),
  ).toHaveAttribute('href', 'https://example.org/corrections');
});
