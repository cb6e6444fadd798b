import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, openApp, test } from './support/test';
import { expandList, showCharts } from './support/helpers';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  // A scan that checked nothing would also report nothing.
  expect(results.passes.length).toBeGreaterThan(10);
  // Readable on failure: the rule and the elements it found.
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
}

interface Case {
  name: string;
  url: string;
  colorScheme?: 'light' | 'dark';
  /** Brings the view to the state under test once it is open. */
  prepare?: (page: Page) => Promise<void>;
}

// What each view waits for before it is scanned, so that the scan sees it whole.
const overviewWithEverything = async (page: Page) => {
  await showCharts(page);
  await expandList(page);
};
const comparisonChart = async (page: Page) => {
  await page.locator('.recharts-bar-rectangle').first().scrollIntoViewIfNeeded();
};
const openedCommitment = async (page: Page) => {
  await page.getByRole('dialog').waitFor();
};
const aboutPage = async (page: Page) => {
  await page.locator('#about-heading').waitFor();
};

const ITEM = 'dpc2-digital-identity-memorandum';

const CASES: Case[] = [
  { name: 'overview', url: '/', prepare: overviewWithEverything },
  {
    name: 'overview with doubtful claims and filters',
    url: '/?domains=ai,cybersecurity&confidence=official,reported,unverified,disputed',
    prepare: overviewWithEverything,
  },
  { name: 'comparison', url: '/?view=compare', prepare: comparisonChart },
  { name: 'an opened commitment', url: `/?item=${ITEM}`, prepare: openedCommitment },
  { name: 'About the data', url: '/?view=about', prepare: aboutPage },
  {
    name: 'the embedded view',
    url: '/?domains=quantum&embed=1',
    prepare: async (page) => {
      await page.getByRole('link', { name: /Open the full view/ }).waitFor();
    },
  },
  { name: 'Japanese overview', url: '/?lang=ja', prepare: overviewWithEverything },
  { name: 'Japanese comparison', url: '/?view=compare&lang=ja', prepare: comparisonChart },
  {
    name: 'a Japanese opened commitment',
    url: `/?item=${ITEM}&lang=ja`,
    prepare: openedCommitment,
  },
  { name: 'dark overview', url: '/', colorScheme: 'dark', prepare: overviewWithEverything },
  { name: 'dark comparison', url: '/?view=compare', colorScheme: 'dark', prepare: comparisonChart },
  {
    name: 'dark opened commitment',
    url: `/?item=${ITEM}`,
    colorScheme: 'dark',
    prepare: openedCommitment,
  },
  { name: 'dark About the data', url: '/?view=about', colorScheme: 'dark', prepare: aboutPage },
  {
    // Words marked in the results, the hatched doubtful claims, every filter list open.
    name: 'dark search with doubtful claims',
    url: '/?confidence=official,reported,unverified,disputed&q=semiconductor',
    colorScheme: 'dark',
    prepare: overviewWithEverything,
  },
  {
    name: 'Japanese search',
    url: '/?q=%E5%8D%8A%E5%B0%8E%E4%BD%93&lang=ja',
    prepare: overviewWithEverything,
  },
];

async function openCase(browser: Browser, { url, colorScheme = 'light', prepare }: Case) {
  const context = await browser.newContext({ colorScheme });
  const page = await context.newPage();
  await openApp(page, url);
  await prepare?.(page);
  return { page, close: () => context.close() };
}

for (const testCase of CASES) {
  test(`axe finds no WCAG 2.2 AA violation: ${testCase.name}`, async ({ browser }) => {
    // The whole overview (every commitment, both charts, the 2.0 dataset's steps and events) is
    // a large page: drawing it and scanning it takes more than the default 30 seconds.
    test.slow(testCase.prepare === overviewWithEverything);
    const { page, close } = await openCase(browser, testCase);
    try {
      expect(await violations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
}
