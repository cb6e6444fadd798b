// How fast a shared link shows its own view on a phone: for each address, the time from navigation
// to the first frame in which that view's own content is drawn and visible (its heading in its
// language, the filtered count, the opened commitment), on a 390 × 844 screen with the CPU slowed
// 4× through the DevTools protocol, median of several cold loads, and its ratio to the home page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { MESSAGES as PAGE } from '../../src/app/messages';
import { matchesFilter, type CommitmentFilter } from '../../src/data/filter-commitments';
import type { Dataset } from '../../src/data/schema';
import type { Language } from '../../src/data/vocabulary';
import { MESSAGES as LIST } from '../../src/features/commitments/messages';
import { formatNumber } from '../../src/i18n/format';
import { DEFAULT_VIEW } from '../../src/state/view';

/** What must be on screen, all at once: each selector visible, containing its text when given. */
interface Probe {
  selector: string;
  text?: string;
}

export interface SharedLink {
  label: string;
  path: string;
  probes: Probe[];
}

export interface SharedLinkResult {
  label: string;
  path: string;
  runsMs: number[];
  medianMs: number;
  ratio: number;
}

const readDataset = (path: string) =>
  JSON.parse(readFileSync(resolve(path), 'utf8')) as Pick<Dataset, 'commitments'>;
const dataset = readDataset('public/data/partnership.json');
const PINNED = '1.1.0';
const pinned = readDataset(`public/data/releases/${PINNED}/partnership.json`);

/** How many commitments a filter shows by default (unverified and disputed claims are hidden). */
function shownCount(
  filter: Partial<CommitmentFilter> = {},
  data: Pick<Dataset, 'commitments'> = dataset,
): number {
  const full = { ...DEFAULT_VIEW, ...filter };
  return data.commitments.filter((c) => matchesFilter(c, full)).length;
}

// The page's own words, so that a change of wording cannot leave the probes waiting forever.
const EN_HEADING = PAGE.en.heading;
const JA_HEADING = PAGE.ja.heading;
const ITEM = 'dpc1-semiconductor-memorandum';
const itemTitle = dataset.commitments.find((c) => c.id === ITEM)!.title;
const count = (n: number, lang: Language = 'en') =>
  LIST[lang].count(n, formatNumber(n, lang), LIST[lang].sorts.newest);

export const SHARED_LINKS: SharedLink[] = [
  {
    label: 'home',
    path: '/',
    probes: [
      { selector: 'h1', text: EN_HEADING },
      { selector: '#commitments-heading' },
      { selector: 'main', text: count(shownCount()) },
    ],
  },
  {
    label: 'filtered',
    path: '/?domains=semiconductors,quantum&meetings=dpc3',
    probes: [
      { selector: 'h1', text: EN_HEADING },
      {
        selector: 'main',
        text: count(shownCount({ domains: ['semiconductors', 'quantum'], meetings: ['dpc3'] })),
      },
    ],
  },
  {
    label: 'one domain',
    path: '/?domains=ai',
    probes: [
      { selector: 'h1', text: EN_HEADING },
      { selector: 'main', text: count(shownCount({ domains: ['ai'] })) },
    ],
  },
  {
    label: 'one meeting',
    path: '/?meetings=dpc4',
    probes: [
      { selector: 'h1', text: EN_HEADING },
      { selector: 'main', text: count(shownCount({ meetings: ['dpc4'] })) },
    ],
  },
  {
    label: 'Japanese',
    path: '/?lang=ja',
    probes: [
      { selector: 'h1', text: JA_HEADING },
      { selector: 'main', text: count(shownCount(), 'ja') },
    ],
  },
  {
    label: 'comparison',
    path: '/?view=compare',
    probes: [
      { selector: 'h1', text: EN_HEADING },
      { selector: '#compare-heading', text: 'Compare two meetings' },
    ],
  },
  {
    label: 'About',
    path: '/?view=about',
    probes: [
      { selector: 'h1', text: EN_HEADING },
      { selector: '#about-heading', text: 'About the data' },
    ],
  },
  {
    label: 'a commitment',
    path: `/?item=${ITEM}`,
    probes: [{ selector: 'dialog.commitment-dialog[open]', text: itemTitle.en }],
  },
  {
    label: 'a commitment in Japanese',
    path: `/?lang=ja&item=${ITEM}`,
    probes: [
      { selector: 'h1', text: JA_HEADING },
      { selector: 'dialog.commitment-dialog[open]', text: itemTitle.ja },
    ],
  },
  {
    label: 'embed',
    path: '/?embed=1&domains=ai',
    probes: [{ selector: '.page-embed main', text: count(shownCount({ domains: ['ai'] })) }],
  },
  {
    label: 'a pinned release',
    path: `/?v=${PINNED}`,
    probes: [
      { selector: 'h1', text: EN_HEADING },
      { selector: '.release-banner', text: PINNED },
      { selector: 'main', text: count(shownCount({}, pinned)) },
    ],
  },
];

/**
 * Installed before any of the page's scripts: checks the probes at every frame from the first one
 * and keeps the time (since navigation start) at which they first all hold, just before that
 * frame is painted. Plain text, so that nothing the TypeScript loader adds to functions is sent to
 * the page.
 */
function recordFirstFrame(probes: Probe[]): string {
  return `(() => {
    const probes = ${JSON.stringify(probes)};
    const visible = (element) =>
      element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      element.getBoundingClientRect().width > 0;
    const holds = (probe) =>
      [...document.querySelectorAll(probe.selector)].some(
        (element) =>
          visible(element) &&
          (probe.text === undefined || element.innerText.replace(/\\s+/g, ' ').includes(probe.text)),
      );
    // The time the check runs, not the frame's own time stamp: a frame begun before a long task
    // (the app drawing the view) keeps the earlier stamp, which would flatter the app-drawn views.
    const frame = () => {
      if (probes.every(holds)) {
        window.ownContentAt = performance.now();
        return;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })();`;
}

export const PHONE = { width: 390, height: 844 };
export const CPU_SLOWDOWN = 4;

async function loadOnce(browser: Browser, url: string, link: SharedLink): Promise<number> {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(recordFirstFrame(link.probes));
    await page.goto(`${url}${link.path}`);
    const handle = await page
      .waitForFunction(
        () => (window as unknown as { ownContentAt?: number }).ownContentAt,
        undefined,
        {
          timeout: 60_000,
          polling: 100,
        },
      )
      .catch((error: unknown) => {
        throw new Error(`${link.path} never showed its own content`, { cause: error });
      });
    return Math.round((await handle.jsonValue()) as number);
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * Loads every link `runs` times on each build, interleaved round by round and build by build so
 * that all see the same machine (a busy machine slows every figure alike; ratios survive it).
 */
export async function measureSharedLinksOf(
  browser: Browser,
  builds: Record<string, string>,
  runs = 5,
): Promise<Record<string, SharedLinkResult[]>> {
  const times = new Map<string, number[]>();
  const key = (build: string, link: SharedLink) => `${build} ${link.path}`;
  // One unmeasured round: the first load of a fresh browser pays for starting it.
  for (const url of Object.values(builds)) {
    for (const link of SHARED_LINKS) await loadOnce(browser, url, link);
  }
  for (let i = 0; i < runs; i++) {
    for (const link of SHARED_LINKS) {
      for (const [build, url] of Object.entries(builds)) {
        const ms = await loadOnce(browser, url, link);
        times.set(key(build, link), [...(times.get(key(build, link)) ?? []), ms]);
      }
    }
  }
  return Object.fromEntries(
    Object.keys(builds).map((build) => {
      const home = median(times.get(key(build, SHARED_LINKS[0]!))!);
      const results = SHARED_LINKS.map((link) => {
        const runsMs = times.get(key(build, link))!;
        const medianMs = median(runsMs);
        return { label: link.label, path: link.path, runsMs, medianMs, ratio: medianMs / home };
      });
      return [build, results];
    }),
  );
}

/** Loads every link `runs` times, interleaved round by round so that all see the same machine. */
export async function measureSharedLinks(
  browser: Browser,
  url: string,
  runs = 5,
): Promise<SharedLinkResult[]> {
  return (await measureSharedLinksOf(browser, { build: url }, runs)).build!;
}

export function printSharedLinks(results: SharedLinkResult[], runs: number) {
  console.log(
    `\nShared links: time to the view's own content, phone (${PHONE.width} × ${PHONE.height}, CPU ÷${CPU_SLOWDOWN}), median of ${runs} loads`,
  );
  console.log(`  ${'address'.padEnd(50)} ${'ms'.padStart(6)}  ${'× home'.padStart(6)}   runs`);
  for (const r of results) {
    console.log(
      `  ${r.path.padEnd(50)} ${String(r.medianMs).padStart(6)}  ${r.ratio.toFixed(2).padStart(6)}   ${r.runsMs.join(' ')}`,
    );
  }
}
