import { currentStatus, dataset, type Step } from './support/bundled-dataset';
import { collectPageErrors, listedTitles, query } from './support/helpers';
import { expect, test } from './support/test';

// Release 2.0.0 of the dataset: how far each commitment got, as dated steps; the 4th Council held;
// doubtful claims shown but never counted as progress.

/** "3 July 2023", as the English page writes a date. */
function englishDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

test('a commitment’s dialog shows how far it got, step by step, with the evidence of each', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const id = 'dpc1-semiconductor-memorandum';
  const memorandum = dataset.commitments.find((commitment) => commitment.id === id)!;
  const steps: Step[] = memorandum.steps!;
  const call = dataset.events.find((event) => event.id === 'chips-ju-japan-joint-call-2026')!;

  await page.goto(`/?item=${id}`);
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2, name: memorandum.title.en })).toBeVisible();
  const progress = dialog.getByRole('region', { name: 'How far it got' });
  await expect(progress).toBeVisible();

  // Oldest first, from the announcement at the first Council to the Chips JU joint call.
  const items = progress.getByRole('list').first().locator(':scope > li');
  await expect(items).toHaveCount(steps.length);
  const shown = await items
    .locator('time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
  expect(shown).toEqual(steps.map((step) => step.date));
  expect(shown).toEqual([...shown].sort());
  await expect(items.first().locator('time')).toHaveText('3 July 2023');
  await expect(items.last().locator('time')).toHaveText('7 July 2026');
  for (const [index, step] of steps.entries()) {
    await expect(items.nth(index).locator('time')).toHaveText(englishDate(step.date));
  }

  // The last step names the event it happened at.
  expect(steps.at(-1)!.event).toBe(call.id);
  await expect(items.last()).toContainText(`at: ${call.title.en}`);

  // Each evidenced step links to each of its sources, in a new tab.
  for (const [index, step] of steps.entries()) {
    const links = items.nth(index).getByRole('list', { name: 'Evidence' }).getByRole('link');
    const evidence = (step.evidence ?? []).filter(
      (item) => dataset.sources.find((source) => source.id === item.source)?.url,
    );
    await expect(links).toHaveCount(evidence.length);
    for (const [n, item] of evidence.entries()) {
      const source = dataset.sources.find((candidate) => candidate.id === item.source)!;
      // The address of the source, landing on the quoted words where the page has them.
      const address = source.url!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await expect(links.nth(n)).toHaveAttribute('href', new RegExp(`^${address}(#:~:text=.+)?$`));
      await expect(links.nth(n)).toHaveAttribute('target', '_blank');
      await expect(items.nth(index)).toContainText(item.quote);
    }
  }
  // Every step of this commitment is evidenced, the joint call by the Chips JU's own page.
  expect(steps.every((step) => (step.evidence ?? []).length > 0)).toBe(true);
  expect(errors).toEqual([]);
});

test('the 4th Council is a held meeting, and a doubtful claim of delivery is not counted', async ({
  page,
}) => {
  const dpc4 = dataset.meetings.find((meeting) => meeting.id === 'dpc4')!;
  expect(dpc4).toMatchObject({ status: 'held', date: '2026-05-05' });

  await page.goto('/');
  // The timeline's table lists it with its date, as a meeting.
  await page.locator('#timeline-heading').scrollIntoViewIfNeeded();
  await page.getByText('Timeline as a table').click();
  await expect(
    page.getByRole('row', { name: '5 May 2026 Council 4, Brussels 2026 Meeting', exact: true }),
  ).toBeVisible();

  // The comparison offers it as a held meeting (no "planned" mark), and compares up to it.
  await page.getByRole('link', { name: 'Compare meetings' }).click();
  const meetingB = page.getByRole('combobox', { name: 'Meeting B' });
  await expect(meetingB).toHaveValue('dpc4');
  await expect(meetingB.locator('option[value="dpc4"]')).toHaveText(/Brussels 2026/);
  await expect(meetingB.locator('option[value="dpc4"]')).not.toContainText('planned');
  await expect(page.locator('#compare-summary-text')).toHaveText(
    /^Council 3 \(Tokyo 2025\) → Council 4 \(Brussels 2026\): /,
  );
  await expect(page.locator('#compare-summary-text')).not.toContainText('is planned');

  // Delivered, with every level of confidence shown: only the commitments whose latest step is
  // "delivered"; the disputed claim that an expert team was assembled claims it, and is left out.
  const claim = dataset.commitments.find(
    (commitment) => commitment.id === 'dpc2-semiconductor-expert-team-assembled-claim',
  )!;
  expect(claim).toMatchObject({ confidence: 'disputed', claims: 'delivered' });
  expect(claim.steps).toBeUndefined();
  await page.goto('/?status=delivered&confidence=official,reported,unverified,disputed');
  const expected = dataset.commitments
    .filter((commitment) => currentStatus(commitment) === 'delivered')
    .map((commitment) => commitment.title.en)
    .sort();
  expect(expected.length).toBeGreaterThan(0);
  const list = page.getByRole('region', { name: 'Commitments' });
  await expect(list.getByRole('article')).toHaveCount(Math.min(expected.length, 20));
  expect(await listedTitles(page)).toEqual(expected);
  await expect(list.getByRole('heading', { name: claim.title.en })).toHaveCount(0);

  // Without the status filter the claim is listed, shown for what it is.
  await page.goto('/?confidence=official,reported,unverified,disputed');
  const titles = await listedTitles(page);
  expect(titles).toContain(claim.title.en);
});

test('a step note names another commitment by its title, as a link that opens it', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const title = (id: string) => dataset.commitments.find((c) => c.id === id)!.title;
  const team = title('dpc2-semiconductor-expert-team');
  const topics = title('dpc3-semiconductor-joint-research-topics');

  await page.goto('/?item=dpc1-semiconductor-memorandum');
  const dialog = page.getByRole('dialog');
  const progress = dialog.getByRole('region', { name: 'How far it got' });
  await expect(progress).toContainText(
    `a research programme implementing the memorandum (see “${team.en}”).`,
  );
  await expect(progress).toContainText(`joint research topics confirmed (see “${topics.en}”).`);
  await expect(progress).not.toContainText('dpc2-semiconductor-expert-team');
  const link = progress.getByRole('link', { name: team.en });
  await expect(link).toHaveAttribute('href', '?item=dpc2-semiconductor-expert-team');

  await link.click();
  await expect(dialog.getByRole('heading', { level: 2, name: team.en })).toBeVisible();
  expect(query(page)).toBe('?item=dpc2-semiconductor-expert-team');

  // The Japanese notes name the commitments by title themselves: they are shown as written.
  const memorandum = dataset.commitments.find((c) => c.id === 'dpc1-semiconductor-memorandum')!;
  await page.goto('/?item=dpc1-semiconductor-memorandum&lang=ja');
  const notes = page
    .getByRole('dialog')
    .getByRole('region', { name: '進捗の経過' })
    .getByRole('paragraph')
    .filter({ hasText: '項目を参照' });
  await expect(notes).toHaveText(
    memorandum.steps!.flatMap((step) =>
      typeof step.note === 'object' && step.note.ja.includes('項目を参照') ? [step.note.ja] : [],
    ),
  );
  expect(errors).toEqual([]);
});
