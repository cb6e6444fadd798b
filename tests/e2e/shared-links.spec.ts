import { expect, test, type Page } from '@playwright/test';
import { expectedTitles } from './support/bundled-dataset';

// What a shared link shows from its very first frame: a recorder installed before any of the page's
// scripts notes, at every frame and, from the first frame on, after every change to the page, the
// visible h1s, the page's language, the visible commitment counts and whether the overview's list
// is visible.
const RECORDER = `(() => {
  const seen = [];
  window.__seen = seen;
  const visible = (element) =>
    element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
    element.getBoundingClientRect().width > 0;
  const texts = (selector) =>
    [...document.querySelectorAll(selector)]
      .filter(visible)
      .map((element) => element.innerText.replace(/\\s+/g, ' ').trim());
  // From the first frame on: before it, nothing is painted (the stylesheet may not even be there).
  let painting = false;
  const sample = () => {
    if (!painting) return;
    seen.push({
      lang: document.documentElement.lang,
      h1: texts('h1'),
      counts: texts('[aria-labelledby="commitments-heading"] > .panel-summary'),
      overviewList: texts('#commitments-heading').length > 0,
    });
  };
  new MutationObserver(sample).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  const frame = () => {
    painting = true;
    sample();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface Sample {
  lang: string;
  h1: string[];
  counts: string[];
  overviewList: boolean;
}

const EN_HEADING = 'What the EU and Japan committed to, Council by Council';
const JA_HEADING = '閣僚級会合ごとに見る日EUの合意事項';

async function record(page: Page, url: string): Promise<Sample[]> {
  await page.addInitScript(RECORDER);
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  // Ten more frames after the app took over, counted in frames rather than time.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let left = 10;
        const next = () => (--left > 0 ? requestAnimationFrame(next) : resolve());
        requestAnimationFrame(next);
      }),
  );
  return page.evaluate(() => (window as unknown as { __seen: Sample[] }).__seen);
}

// The overview in Japanese, one domain in Japanese and a commitment opened over the Japanese
// overview are drawn by the build (dist/views/).
for (const url of [
  '/?lang=ja',
  '/?domains=ai&lang=ja',
  '/?item=dpc1-semiconductor-memorandum&lang=ja',
]) {
  test(`a Japanese link never shows an English heading, from the first frame on: ${url}`, async ({
    page,
  }) => {
    await expectOnlyJapanese(page, url);
  });
}

async function expectOnlyJapanese(page: Page, url: string) {
  const seen = await record(page, url);
  const headings = seen.flatMap((sample) => sample.h1);
  expect(headings.length).toBeGreaterThan(0);
  expect(headings.filter((text) => text !== JA_HEADING)).toEqual([]);
  // The page's language is Japanese whenever anything is shown.
  expect(seen.filter((s) => s.h1.length > 0 && s.lang !== 'ja')).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JA_HEADING);
  expect(await page.title()).toMatch(/日EUデジタルパートナーシップ・トラッカー$/);
}

// Several domains and a meeting are drawn by the app; one domain by the build.
for (const filter of [
  { domains: ['semiconductors', 'quantum'], meetings: ['dpc3'] },
  { domains: ['quantum'] },
]) {
  const meetings = filter.meetings ? `&meetings=${filter.meetings.join(',')}` : '';
  const url = `/?domains=${filter.domains.join(',')}${meetings}`;
  test(`a filtered link never shows another view’s count first: ${url}`, async ({ page }) => {
    await expectOnlyCount(page, url, expectedTitles(filter).length);
  });
}

async function expectOnlyCount(page: Page, url: string, expected: number) {
  const seen = await record(page, url);
  const counts = [...new Set(seen.flatMap((sample) => sample.counts))];
  expect(counts.length).toBeGreaterThan(0);
  for (const count of counts) {
    expect(count).toMatch(new RegExp(`^${expected} commitments, newest first\\.`));
  }
  expect(seen.flatMap((sample) => sample.h1).filter((text) => text !== EN_HEADING)).toEqual([]);
}

for (const [view, heading] of [
  ['compare', 'Compare two meetings'],
  ['about', 'About the data'],
] as const) {
  test(`a link to ${view} never shows the overview’s list`, async ({ page }) => {
    const seen = await record(page, `/?view=${view}`);
    expect(seen.filter((sample) => sample.overviewList)).toEqual([]);
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  });
}

test('a Japanese comparison link shows no English and no overview on the way', async ({ page }) => {
  const seen = await record(page, '/?view=compare&lang=ja');
  expect(seen.flatMap((sample) => sample.h1).filter((text) => text !== JA_HEADING)).toEqual([]);
  expect(seen.filter((sample) => sample.overviewList)).toEqual([]);
});
