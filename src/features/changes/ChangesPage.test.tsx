import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { releaseHistory } from '../../data/release-diff';
import { DEFAULT_VIEW } from '../../state/view';
import { cloneFixture, fixtureDataset } from '../../testing/test-fixture';
import { ChangesPage } from './ChangesPage';

const newer = cloneFixture();
newer.meta.version = '2.1.0';
newer.commitments = newer.commitments.slice(1);
const history = releaseHistory([
  { version: '2.0.1', date: '2026-01-15', dataset: fixtureDataset },
  { version: '2.1.0', date: '2026-02-01', dataset: newer },
]);

describe('ChangesPage', () => {
  it('lists every release, newest first, and a feed per domain', async () => {
    render(<ChangesPage history={history} view={DEFAULT_VIEW} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Release 2.1.0, 1 February 2026',
      'Release 2.0.1, 15 January 2026',
    ]);
    await userEvent.click(screen.getByText('Follow one domain (Atom feeds)'));
    const feeds = screen.getByRole('list', { name: 'Follow one domain (Atom feeds)' });
    const first = fixtureDataset.domains[0]!;
    expect(screen.getByRole('link', { name: first.label.en })).toHaveAttribute(
      'href',
      `feed-${first.id}.xml`,
    );
    expect(feeds.querySelectorAll('li')).toHaveLength(fixtureDataset.domains.length);
    expect(screen.queryByText(/This link is pinned/)).not.toBeInTheDocument();
  });

  it('pinned to the older release, shows the changes up to it and says what it leaves out', () => {
    render(
      <ChangesPage
        history={history}
        view={{ ...DEFAULT_VIEW, mode: 'changes', version: '2.0.1' }}
      />,
    );
    expect(screen.queryByRole('region', { name: /^Release 2\.1\.0/ })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: /^Release 2\.0\.1/ })).toBeInTheDocument();
    expect(
      screen.getByText(
        'This link is pinned to release 2.0.1: the changes up to that release are shown, and 1 later release is left out.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show the changes of every release' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\?view=changes$/),
    );
  });

  it('in Japanese, names the domains in Japanese', async () => {
    render(
      <ChangesPage history={history} view={{ ...DEFAULT_VIEW, lang: 'ja', version: '2.0.1' }} />,
    );
    await userEvent.click(screen.getByText('分野ごとの更新を購読する（Atomフィード）'));
    const first = fixtureDataset.domains[0]!;
    expect(screen.getByRole('link', { name: first.label.ja })).toBeInTheDocument();
    expect(
      screen.getByText(/2\.0\.1版までの変更点を表示しています（それ以降の版1件/),
    ).toBeInTheDocument();
  });

  // A third release that rechecks the AI talks and adds a step and a note on their confidence.
  const rechecked = cloneFixture();
  rechecked.meta.version = '2.2.0';
  const talks = rechecked.commitments.find((c) => c.id === 'ai-talks')!;
  talks.checked = '2026-03-01';
  talks.confidenceNote = { en: 'One report only.', ja: '報道が一件のみ。' };
  talks.steps = [...talks.steps!, { ...talks.steps![0]!, date: '2026-02-20' }];
  const withFields = releaseHistory([
    { version: '2.1.0', date: '2026-02-01', dataset: newer },
    { version: '2.2.0', date: '2026-03-01', dataset: rechecked },
  ]);

  it.each([
    [
      'en',
      'Talks on AI rules',
      'Talks on AI rules — changed: date checked, progress steps and note on confidence',
    ],
    [
      'ja',
      'AIルールの協議',
      'AIルールの協議 — 変更された項目：確認日、進捗の記録、確度に関する注記',
    ],
  ] as const)(
    'in %s, names the changed fields in words and links to the commitment in its release',
    (lang, title, line) => {
      render(<ChangesPage history={withFields} view={{ ...DEFAULT_VIEW, lang }} />);
      const link = screen.getByRole('link', { name: title });
      expect(link).toHaveAttribute(
        'href',
        `?${lang === 'ja' ? 'lang=ja&' : ''}item=ai-talks&v=2.2.0`,
      );
      expect(link.closest('li')).toHaveTextContent(line);
      expect(screen.queryByText('confidenceNote')).not.toBeInTheDocument();
    },
  );

  it('does not link a removed commitment, which its release no longer has', () => {
    render(<ChangesPage history={history} view={DEFAULT_VIEW} />);
    const removed = fixtureDataset.commitments[0]!.title.en;
    expect(screen.getByText(removed)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: removed })).not.toBeInTheDocument();
  });
});
