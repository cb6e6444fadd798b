// Interaction latency in a real Chromium, read from the Event Timing API: for each interaction the
// longest event entry with its interactionId (input delay + processing + next paint).
import type { Page } from '@playwright/test';

export interface LatencySummary {
  count: number;
  medianMs: number;
  p95Ms: number;
}

/** Interactions quicker than this are not reported by the browser; they are counted at this value. */
export const EVENT_TIMING_THRESHOLD_MS = 16;

export async function observeInteractions(page: Page) {
  await page.evaluate((threshold) => {
    const store = { latest: new Map<number, number>() };
    (window as unknown as { interactionStore: typeof store }).interactionStore = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEventTiming & {
        interactionId?: number;
      })[]) {
        if (!entry.interactionId) continue;
        store.latest.set(
          entry.interactionId,
          Math.max(store.latest.get(entry.interactionId) ?? 0, entry.duration),
        );
      }
    }).observe({
      type: 'event',
      durationThreshold: threshold,
      buffered: false,
    } as PerformanceObserverInit);
  }, EVENT_TIMING_THRESHOLD_MS);
}

async function settle(page: Page) {
  // Two frames: the one that paints the result, and one more for the observer to report it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30))),
      ),
  );
}

async function takeLatest(page: Page): Promise<number> {
  return page.evaluate((threshold) => {
    const store = (window as unknown as { interactionStore: { latest: Map<number, number> } })
      .interactionStore;
    const values = [...store.latest.values()];
    store.latest.clear();
    return values.length > 0 ? Math.max(...values) : threshold;
  }, EVENT_TIMING_THRESHOLD_MS);
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** Runs `act` warm-up times, then `runs` measured times, and summarises the latencies. */
export async function measure(
  page: Page,
  interaction: Interaction,
  { warmUp = 3, runs = 25 } = {},
): Promise<LatencySummary> {
  const once = async (run: number) => {
    await interaction.act(page, run);
    await settle(page);
    const latency = await takeLatest(page);
    if (interaction.reset) {
      await interaction.reset(page);
      await settle(page);
      await takeLatest(page);
    }
    return latency;
  };
  if (interaction.reset) {
    // The page as each run expects it, before the first one too.
    await interaction.reset(page);
    await settle(page);
    await takeLatest(page);
  }
  for (let i = 0; i < warmUp; i++) await once(i);
  const latencies: number[] = [];
  for (let i = 0; i < runs; i++) latencies.push(await once(warmUp + i));
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    medianMs: Math.round(quantile(sorted, 0.5)),
    p95Ms: Math.round(quantile(sorted, 0.95)),
  };
}

export interface Interaction {
  act: (page: Page, run: number) => Promise<void>;
  /** Puts the page as `act` expects it, unmeasured: before the first run and after each. */
  reset?: (page: Page) => Promise<void>;
}

/** The meetings' list sits in a disclosure, closed while no meeting is chosen: opened, unmeasured. */
async function showMeetings(page: Page) {
  const summary = page.locator('.filter-panel summary', { hasText: /^Meetings$/ });
  const open = await summary.evaluate(
    (element) => (element.parentElement as HTMLDetailsElement).open,
  );
  if (!open) await summary.click();
  await summary.locator('xpath=..').getByRole('checkbox').first().waitFor();
}

export const INTERACTIONS: Record<string, Interaction> = {
  'toggle a domain': {
    act: (page) => page.getByRole('checkbox', { name: /^Semiconductors/ }).click(),
  },
  'change meetings': {
    act: (page, run) =>
      page
        .getByRole('group', { name: 'Meetings' })
        .getByRole('checkbox')
        .nth(run % 2)
        .click(),
    reset: showMeetings,
  },
  'type in the search': {
    act: async (page, run) => {
      await page.getByRole('searchbox', { name: /search/i }).focus();
      await page.keyboard.press(run % 2 === 0 ? 'a' : 'Backspace');
    },
  },
  'open the comparison': {
    act: (page) => page.getByRole('link', { name: 'Compare meetings' }).click(),
    reset: (page) => page.getByRole('link', { name: 'Overview' }).click(),
  },
};
