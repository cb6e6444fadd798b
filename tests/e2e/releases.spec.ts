import { dataset } from './support/bundled-dataset';
import { collectPageErrors, query } from './support/helpers';
import { expect, test } from './support/test';

const counts = '[aria-labelledby="commitments-heading"] > .panel-summary';
/** A commitment that release 2.0.0 changed, note on its confidence included. */
const ITEM_TITLE = dataset.commitments.find((c) => c.id === 'dpc1-semiconductor-memorandum')!.title;

test.describe('releases and pinned links', () => {
  test('a link pinned to 1.1.0 shows that release, and its banner opens the latest', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?meetings=dpc4&v=1.1.0');
    // In 1.1.0 the 4th Council was still planned: nothing was committed there yet.
    const banner = page.getByRole('status').filter({ hasText: 'release 1.1.0' });
    await expect(banner).toContainText('21 November 2026');
    await expect(banner).toContainText('The latest release is 2.0.0');
    await expect(page.locator(counts)).toHaveText(/^0 commitments/);
    expect(query(page)).toBe('?meetings=dpc4&v=1.1.0');

    await banner.getByRole('link', { name: 'Open this view in the latest release' }).click();
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    expect(query(page)).toBe('?meetings=dpc4');
    await expect(page.locator(counts)).toHaveText(/^[1-9]\d* commitments?/);
    await expect(page.getByRole('status').filter({ hasText: 'release 1.1.0' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a pinned view keeps v in the address it copies', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?domains=ai&v=1.1.0');
    await expect(page.getByRole('status').filter({ hasText: 'release 1.1.0' })).toBeVisible();
    await page.getByRole('button', { name: /copy link/i }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).search).toBe('?domains=ai&v=1.1.0');
  });

  test('in a pinned view, a commitment’s link, its Copy link and its permalink keep v', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?v=1.1.0');
    const first = page.getByRole('region', { name: 'Commitments' }).getByRole('article').first();
    const link = first.getByRole('heading').getByRole('link');
    expect(
      new URL(await link.evaluate((a: HTMLAnchorElement) => a.href)).searchParams.get('v'),
    ).toBe('1.1.0');
    await link.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect
      .poll(async () => {
        const copied = new URL(
          await page.evaluate(() => navigator.clipboard.readText()),
          page.url(),
        );
        return [copied.searchParams.get('v'), copied.searchParams.has('item')];
      })
      .toEqual(['1.1.0', true]);
    await expect(dialog.getByRole('link', { name: 'Permalink' })).toHaveAttribute(
      'href',
      /[?&]v=1\.1\.0(&|$)/,
    );
  });

  test('an unknown release gives a notice and the latest', async ({ page }) => {
    await page.goto('/?meetings=dpc4&v=9.9.9');
    await expect(page.getByText('There is no release “9.9.9” of the dataset')).toBeVisible();
    await expect(page.locator(counts)).toHaveText(/^[1-9]\d* commitments?/);
    await expect.poll(() => query(page)).toBe('?meetings=dpc4');
  });

  test('a malformed release is dropped with a notice', async ({ page }) => {
    await page.goto('/?v=..%2F..%2Findex');
    await expect(page.getByText('Ignored release “../../index”')).toBeVisible();
    await expect.poll(() => query(page)).toBe('');
  });

  test('the changes page lists what 2.0.0 added', async ({ page }) => {
    await page.goto('/?view=changes');
    const release = page.getByRole('region', { name: /^Release 2\.0\.0/ });
    await expect(release).toContainText(/Against release 1\.1\.0: \d+ added/);
    await expect(release.getByRole('heading', { name: 'Added' })).toBeVisible();
    await expect(release).toContainText('An annual ministerial Digital Partnership Council');
    // The meeting filter applies.
    await page.goto('/?meetings=dpc4&view=changes');
    const filtered = page.getByRole('region', { name: /^Release 2\.0\.0/ });
    await expect(filtered).toContainText('4th EU–Japan Digital Partnership Council');
    await expect(filtered).not.toContainText('An annual ministerial Digital Partnership Council');
  });

  test('the changes page names changed fields in words, in both languages, and links each commitment', async ({
    page,
  }) => {
    const changedIn2 = (lang: 'en' | 'ja') =>
      page
        .getByRole('region', { name: lang === 'en' ? /^Release 2\.0\.0/ : /^2\.0\.0版/ })
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: ITEM_TITLE[lang], exact: true }) });
    await page.goto('/?view=changes');
    await expect(changedIn2('en')).toContainText('— changed: ');
    await expect(changedIn2('en')).toContainText('note on confidence');
    await expect(changedIn2('en')).not.toContainText('confidenceNote');
    await page.goto('/?lang=ja&view=changes');
    await expect(changedIn2('ja')).toContainText('変更された項目：');
    await expect(changedIn2('ja')).toContainText('確度に関する注記');
    await expect(changedIn2('ja')).not.toContainText('confidenceNote');

    // The link opens the commitment in the release that changed it.
    await changedIn2('ja').getByRole('link', { name: ITEM_TITLE.ja, exact: true }).click();
    await expect(page).toHaveURL(/\?lang=ja&item=dpc1-semiconductor-memorandum&v=2\.0\.0$/);
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toContainText(
      ITEM_TITLE.ja,
    );
  });

  test('the page head links the Atom feed, which lists each release', async ({ page, request }) => {
    await page.goto('/');
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute('href', /^(\.\/)?feed\.xml$/);
    const feed = await (await request.get('/feed.xml')).text();
    expect(feed.match(/<entry>/g)).toHaveLength(2);
  });

  test('pinned with v=1.1.0, the changes page stops at that release and says so', async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto('/?view=changes&v=1.1.0');
    await expect(page.getByRole('region', { name: /^Release 1\.1\.0/ })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Release 2\.0\.0/ })).toHaveCount(0);
    await expect(
      page.getByText(
        'This link is pinned to release 1.1.0: the changes up to that release are shown, and 1 later release is left out.',
      ),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Show the changes of every release' }).click();
    await expect(page.getByRole('region', { name: /^Release 2\.0\.0/ })).toBeVisible();
    expect(query(page)).toBe('?view=changes');
    expect(errors).toEqual([]);
  });

  test('the changes page lists a feed per domain, each holding only that domain', async ({
    page,
    request,
  }) => {
    await page.goto('/?view=changes');
    await page.getByText('Follow one domain (Atom feeds)').click();
    const feeds = page.getByRole('list', { name: 'Follow one domain (Atom feeds)' });
    await expect(feeds.getByRole('link')).toHaveCount(dataset.domains.length);
    const quantum = feeds.getByRole('link', { name: 'Quantum', exact: true });
    await expect(quantum).toHaveAttribute('href', 'feed-quantum.xml');
    const xml = await (await request.get('/feed-quantum.xml')).text();
    const summaries = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length > 0) return null;
      const atom = 'http://www.w3.org/2005/Atom';
      return [...doc.getElementsByTagNameNS(atom, 'entry')].map(
        (entry) => entry.getElementsByTagNameNS(atom, 'summary')[0]?.textContent ?? '',
      );
    }, xml);
    expect(summaries).not.toBeNull();
    expect(summaries!.length).toBeGreaterThan(0);
    // Every commitment the feed names is one of the quantum domain.
    const quantumIds = new Set(
      dataset.commitments.filter((c) => c.domains.includes('quantum')).map((c) => c.id),
    );
    const named = summaries!.flatMap((summary) =>
      [
        ...summary.matchAll(
          /^(?:Added|Changed|Removed) commitment .*\(([a-z0-9-]+)\)(?::.*)?\.$/gm,
        ),
      ].map((match) => match[1]!),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) expect(quantumIds.has(id), id).toBe(true);
    // The page's head links the main feed only.
    await expect(page.locator('link[type="application/atom+xml"]')).toHaveCount(1);
  });

  test('the head describes the dataset in JSON-LD, under the CSP with no violation', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { violations: string[] }).violations.push(
          `${event.violatedDirective} ${event.blockedURI}`,
        );
      });
    });
    await page.goto('/');
    await page.waitForSelector('html[data-app-ready]', { state: 'attached' });
    const block = page.locator('head script[type="application/ld+json"]');
    await expect(block).toHaveCount(1);
    const jsonLd = JSON.parse((await block.textContent()) ?? '');
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      version: dataset.meta.version,
      dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      license: 'https://creativecommons.org/licenses/by/4.0/',
    });
    const files: string[] = jsonLd.distribution.map((d: { contentUrl: string }) => d.contentUrl);
    expect(files).toEqual(
      expect.arrayContaining([
        'data/partnership.json',
        'data/partnership.schema.json',
        'data/datapackage.json',
        'data/commitments.csv',
      ]),
    );
    // Every file it names is served.
    for (const file of files) {
      const response = await page.request.get(`/${file}`);
      expect(response.status(), file).toBe(200);
    }
    expect(
      await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    ).toEqual([]);
  });
});
