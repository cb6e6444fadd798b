// npm run bench: builds the app (the npm script does), serves the build on 127.0.0.1, and measures
// the first load (bytes, Lighthouse mobile and desktop, the no-script floor), interaction latency
// on the bundled dataset and on generated ones of 1,000, 10,000 and 50,000 commitments, shared links,
// and the longest tasks with a file of 20,000 commitments in one thread.
// Prints a table and writes bench-results.json. Not a test: timings are noisy here; compare runs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { generateDataset } from '../generate-dataset';
import { bundleSizes, staticFloorPage } from './bundle-sizes';
import { INTERACTIONS, measure, observeInteractions, type LatencySummary } from './interactions';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium-flags';
import { measureHugeFile, printHugeFile, type HugeFileSteps } from './huge-file';
import { runLighthouse, type LighthouseResult } from './lighthouse-run';
import {
  measureSharedLinks,
  measureSharedLinksOf,
  printSharedLinks,
  type SharedLinkResult,
} from './shared-links';
import { startStaticServer } from './static-server';

const DIST = resolve('dist');
const SCALES = (process.env.BENCH_SCALES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const SHARED_LINK_RUNS = Number(process.env.BENCH_SHARED_LINK_RUNS ?? 5);
/**
 * `BENCH_ONLY=shared-links` measures only the shared links (and prints the bundle sizes);
 * `BENCH_ONLY=huge-file` only the longest tasks with a file of 20,000 commitments in one thread.
 */
const ONLY = process.env.BENCH_ONLY;
const HUGE_FILE_RUNS = Number(process.env.BENCH_HUGE_FILE_RUNS ?? 3);
/**
 * With BENCH_ONLY=shared-links, `BENCH_BASELINE=<a build directory>` (for instance an earlier
 * commit's dist/) measures it too, load by load in turn with this build: a before/after table
 * whose two halves saw the same machine.
 */
const BASELINE = process.env.BENCH_BASELINE;

interface ScaleResult {
  commitments: number;
  fileMB: number;
  loadMs: number;
  heapMB: number;
  interactions: Record<string, LatencySummary>;
}

async function measureInteractions(browser: Browser, url: string, generated = false) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
  if (generated) {
    // The generated meetings replace the bundled ones once the file is loaded and drawn (in the
    // filters' meetings list, folded away until a meeting is chosen).
    await page
      .getByRole('checkbox', { name: /^Council 1, Tokyo 2000/, includeHidden: true })
      .waitFor({ state: 'attached', timeout: 120_000 });
  }
  await page.getByRole('region', { name: 'Commitments' }).waitFor();
  const loadMs = Date.now() - started;
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await observeInteractions(page);
  const interactions: Record<string, LatencySummary> = {};
  for (const [name, interaction] of Object.entries(INTERACTIONS)) {
    interactions[name] = await measure(page, interaction, { runs: RUNS });
  }
  await context.close();
  return { loadMs, heapMB: heap.usedSize / 1024 / 1024, interactions };
}

function medianRun(results: LighthouseResult[]): LighthouseResult {
  const sorted = [...results].sort((a, b) => a.performance - b.performance || b.lcpMs - a.lcpMs);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function pad(value: string | number, width: number) {
  return String(value).padStart(width);
}

async function main() {
  const sizes = bundleSizes(DIST);
  const server = await startStaticServer(DIST, { '/floor.html': staticFloorPage(DIST) });
  const results: Record<string, unknown> = { date: new Date().toISOString(), sizes };
  try {
    if (ONLY === 'huge-file') {
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_FLAGS,
      });
      try {
        results.hugeFile = await measureHugeFile(browser, `${server.url}/`, HUGE_FILE_RUNS);
      } finally {
        await browser.close();
      }
      printHugeFile(results.hugeFile as HugeFileSteps[]);
      return;
    }
    if (ONLY === 'shared-links') {
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_FLAGS,
      });
      const baseline = BASELINE ? await startStaticServer(resolve(BASELINE)) : undefined;
      try {
        const builds: Record<string, string> = baseline
          ? { baseline: baseline.url, build: server.url }
          : { build: server.url };
        const measured = await measureSharedLinksOf(browser, builds, SHARED_LINK_RUNS);
        results.sharedLinks = measured.build;
        if (measured.baseline) results.sharedLinksBaseline = measured.baseline;
      } finally {
        await browser.close();
        await baseline?.close();
      }
      printSizes(sizes);
      if (results.sharedLinksBaseline) {
        console.log(`\nBaseline: ${BASELINE}`);
        printSharedLinks(results.sharedLinksBaseline as SharedLinkResult[], SHARED_LINK_RUNS);
        console.log('\nThis build');
      }
      printSharedLinks(results.sharedLinks as SharedLinkResult[], SHARED_LINK_RUNS);
      return;
    }
    // The app and its floor alternate, run after run, so both see the same machine; each figure is
    // the median run (by performance score, then LCP).
    const runs: Record<string, LighthouseResult[]> = { mobile: [], desktop: [], floorMobile: [] };
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      runs.mobile!.push(await runLighthouse(`${server.url}/`, 'mobile'));
      runs.floorMobile!.push(await runLighthouse(`${server.url}/floor.html`, 'mobile'));
      runs.desktop!.push(await runLighthouse(`${server.url}/`, 'desktop'));
    }
    const lighthouse = Object.fromEntries(
      Object.entries(runs).map(([name, results]) => [name, medianRun(results)]),
    ) as Record<string, LighthouseResult>;
    results.lighthouseRuns = runs;
    results.lighthouse = lighthouse;

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_FLAGS,
    });
    try {
      const bundled = await measureInteractions(browser, `${server.url}/`);
      const scales: ScaleResult[] = [];
      const dir = mkdtempSync(join(tmpdir(), 'bench-'));
      for (const count of SCALES) {
        const file = join(dir, `generated-${count}.json`);
        const text = JSON.stringify(generateDataset(count, 1));
        writeFileSync(file, text);
        server.useDataset(file);
        const measured = await measureInteractions(browser, `${server.url}/`, true);
        scales.push({ commitments: count, fileMB: text.length / 1024 / 1024, ...measured });
      }
      server.useDataset(null);
      const sharedLinks = await measureSharedLinks(browser, server.url, SHARED_LINK_RUNS);
      const hugeFile = await measureHugeFile(browser, `${server.url}/`, HUGE_FILE_RUNS);
      results.hugeFile = hugeFile;
      results.bundled = bundled;
      results.scales = scales;
      results.sharedLinks = sharedLinks;
      print(sizes, lighthouse, runs, bundled, scales);
      printSharedLinks(sharedLinks, SHARED_LINK_RUNS);
      printHugeFile(hugeFile);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    writeFileSync('bench-results.json', `${JSON.stringify(results, null, 2)}\n`);
  }
  console.log('\nWrote bench-results.json');
}

function printSizes(sizes: ReturnType<typeof bundleSizes>) {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log('\nFirst load (gzip)');
  console.log(`  HTML (with the prerendered view)   ${pad(kib(sizes.html), 10)}`);
  console.log(`  blocks the first render: CSS        ${pad(kib(sizes.renderBlocking.css), 10)}`);
  console.log(`  blocks the first render: JS         ${pad(kib(sizes.renderBlocking.js), 10)}`);
  console.log(
    `  JS the app needs to start           ${pad(kib(sizes.initialJs), 10)}   (budget 100 KiB)`,
  );
  console.log(`  JS loaded later (charts, worker)    ${pad(kib(sizes.laterJs), 10)}`);
}

function print(
  sizes: ReturnType<typeof bundleSizes>,
  lighthouse: Record<string, LighthouseResult>,
  runs: Record<string, LighthouseResult[]>,
  bundled: { loadMs: number; heapMB: number; interactions: Record<string, LatencySummary> },
  scales: ScaleResult[],
) {
  printSizes(sizes);

  console.log(
    `\nLighthouse, median of ${LIGHTHOUSE_RUNS} runs   perf  a11y  best   seo   LCP ms   TBT ms    CLS`,
  );
  for (const [name, r] of Object.entries(lighthouse)) {
    console.log(
      `  ${name.padEnd(29)} ${pad(r.performance, 5)} ${pad(r.accessibility, 5)} ${pad(r.bestPractices, 5)} ${pad(r.seo, 5)} ${pad(Math.round(r.lcpMs), 8)} ${pad(Math.round(r.tbtMs), 8)} ${pad(r.cls.toFixed(3), 6)}`,
    );
  }
  const ratio = lighthouse.mobile!.lcpMs / lighthouse.floorMobile!.lcpMs;
  console.log(`  LCP app / static floor (mobile): ${ratio.toFixed(2)}   (target ≤ 1.20)`);
  // Each run against the floor's run beside it: the target holds for every run, not the median.
  const app = runs.mobile!;
  console.log(`  mobile, run by run: performance ${app.map((r) => r.performance).join(' ')}`);
  console.log(
    `    LCP / floor ${app.map((r, i) => (r.lcpMs / runs.floorMobile![i]!.lcpMs).toFixed(2)).join(' ')}   (targets: each ≥ 98, each ≤ 1.20)`,
  );

  const rows: [
    string,
    { heapMB: number; loadMs: number; interactions: Record<string, LatencySummary> },
  ][] = [
    ['bundled', bundled],
    ...scales.map(
      (scale) => [`${scale.commitments.toLocaleString('en')}`, scale] as [string, ScaleResult],
    ),
  ];
  console.log(
    `\nInteraction latency, Event Timing, median / p95 ms over ${RUNS} runs after 3 warm-ups`,
  );
  const names = Object.keys(INTERACTIONS);
  console.log(`  dataset      load ms  heap MB  ${names.map((n) => n.padStart(22)).join('')}`);
  for (const [label, r] of rows) {
    const cells = names.map((n) =>
      `${r.interactions[n]!.medianMs} / ${r.interactions[n]!.p95Ms}`.padStart(22),
    );
    console.log(
      `  ${label.padEnd(10)} ${pad(r.loadMs, 8)} ${pad(r.heapMB.toFixed(1), 8)}  ${cells.join('')}`,
    );
  }
}

await main();
