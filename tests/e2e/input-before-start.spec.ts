import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { matchesFilter } from '../../src/data/filter-commitments';
import { meetingsInDateOrder } from '../../src/data/order';
import { shortMeetingLabel } from '../../src/i18n/localized';
import { propertyRuns } from '../../src/testing/property-runs';
import { DEFAULT_VIEW } from '../../src/state/view';
import { dataset, SHOWN_BY_DEFAULT } from './support/bundled-dataset';
import { holdResponses } from './support/hold';

// Whatever the reader ticks or types on the prerendered page while the dataset is still on its way
// is what the app shows once it takes over: the address, the chips, the count and the list. The
// dataset's response is held until the test releases it, so the input always comes first.
const meetings = meetingsInDateOrder(dataset.meetings);
const titleWords = (title: string) => [...new Set(title.toLowerCase().match(/[a-z]{5,}/g) ?? [])];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Input {
  domains: string[];
  meetings: string[];
  q: string;
}

// Each input is drawn around one commitment shown by default, so that it always matches at least
// that one and the count and the list are always checked: one of its domains (and up to two more),
// perhaps its meeting, perhaps a word of its title.
const inputs = fc.sample(
  fc
    .constantFrom(...dataset.commitments.filter((c) => SHOWN_BY_DEFAULT.includes(c.confidence)))
    .chain((commitment) =>
      fc.record({
        domains: fc
          .subarray(
            dataset.domains.map((d) => d.id),
            { maxLength: 2 },
          )
          .map((more) => [...new Set([commitment.domains[0]!, ...more])]),
        meetings: fc.boolean().map((tick) => (tick ? [commitment.meeting] : [])),
        q: fc.oneof(fc.constant(''), fc.constantFrom('', ...titleWords(commitment.title.en))),
      }),
    ),
  propertyRuns(3),
) satisfies Input[];

for (const [index, input] of inputs.entries()) {
  test(`input before the app runs is applied (${index + 1}: ${JSON.stringify(input)})`, async ({
    page,
  }) => {
    const release = await holdResponses(page, '**/data/partnership.json');
    await page.goto('/');
    const filters = page.getByRole('form', { name: 'Filters' });
    await expect(filters).toBeVisible();
    expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull();

    for (const id of input.domains) {
      const label = dataset.domains.find((d) => d.id === id)!.label.en;
      await filters.getByRole('checkbox', { name: new RegExp(`^${escape(label)}\\b`) }).check();
    }
    if (input.meetings.length > 0) {
      await filters.getByText('Meetings', { exact: true }).first().click();
      for (const id of input.meetings) {
        const label = shortMeetingLabel(
          meetings.find((m) => m.id === id)!,
          'en',
        );
        await filters.getByRole('checkbox', { name: new RegExp(`^${escape(label)}`) }).check();
      }
    }
    if (input.q) await filters.getByLabel('Search titles, summaries and quotes').fill(input.q);
    // Still the prerendered page: nothing has run the filters yet.
    expect(await page.locator('html').getAttribute('data-app-ready')).toBeNull();

    release();
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });

    // What the filters show is tested on its own (src/data/filter-commitments.test.ts); here, that
    // the app applied exactly the reader's input.
    const expected = dataset.commitments.filter((c) =>
      matchesFilter(c, { ...DEFAULT_VIEW, ...input }),
    );
    expect(expected.length).toBeGreaterThan(0);
    // The address, in its one canonical form: ids in alphabetical order, keys in the table's order.
    const params = new URLSearchParams();
    params.set('domains', [...input.domains].sort().join(','));
    if (input.meetings.length > 0) params.set('meetings', [...input.meetings].sort().join(','));
    if (input.q) params.set('q', input.q);
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).search))
      .toBe(decodeURIComponent(`?${params.toString().replace(/\+/g, '%20')}`));

    // The controls still say what the reader did, and every one of them is a chip.
    for (const id of input.domains) {
      const label = dataset.domains.find((d) => d.id === id)!.label.en;
      await expect(
        filters.getByRole('checkbox', { name: new RegExp(`^${escape(label)}\\b`) }),
      ).toBeChecked();
    }
    await expect(filters.getByLabel('Search titles, summaries and quotes')).toHaveValue(input.q);
    const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('button');
    await expect(chips).toHaveCount(
      input.domains.length + input.meetings.length + (input.q ? 1 : 0),
    );

    const list = page.getByRole('region', { name: 'Commitments' });
    await expect(list.locator('.panel-summary').first()).toHaveText(
      new RegExp(`^${expected.length === 1 ? '1 commitment' : `${expected.length} commitments`},`),
    );
    const cards = list.getByRole('article');
    await expect(cards).toHaveCount(Math.min(expected.length, 20));
    if (expected.length <= 20) {
      // Each card is named by its title.
      const shown = await cards.evaluateAll((all) =>
        all.map((card) =>
          document.getElementById(card.getAttribute('aria-labelledby')!)!.textContent!.trim(),
        ),
      );
      expect(shown.sort()).toEqual(expected.map((c) => c.title.en).sort());
    }
  });
}
