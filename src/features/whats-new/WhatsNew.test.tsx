import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { filterCommitments } from '../../data/filter-commitments';
import { indexDataset } from '../../data/index-dataset';
import type { Dataset } from '../../data/schema';
import { whatsNew } from '../../data/whats-new';
import { DEFAULT_VIEW, type View } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { cloneFixture } from '../../testing/test-fixture';
import { WhatsNew } from './WhatsNew';

/** The fixture with the 2nd Council only reported, and a search that found nothing newer. */
function dataset(): Dataset {
  const data = cloneFixture();
  const dpc2 = data.meetings.find((meeting) => meeting.id === 'dpc2')!;
  dpc2.confidence = 'reported';
  dpc2.confidenceNote = {
    en: 'Known from one news report.',
    ja: '一つの報道によってのみ知られる。',
  };
  data.commitments[1]!.steps!.push({
    date: '2026-11-30',
    status: 'no-evidence-since',
    confidence: 'reported',
    note: 'Searched; nothing newer.',
  });
  return data;
}

function renderPanel(changes: Partial<View> = {}) {
  const data = dataset();
  const view = { ...DEFAULT_VIEW, ...changes };
  const news = whatsNew(data, view, filterCommitments(data, { ...view, meetings: [] }))!;
  render(<WhatsNew news={news} view={view} lookups={indexDataset(data)} />);
  return screen.getByRole('region', { name: "What's new" });
}

describe('WhatsNew', () => {
  it('leads with the latest meeting, its grade and its caveat', () => {
    const panel = renderPanel();
    expect(panel).toHaveTextContent('Latest meeting held: 2nd Council, 30 April 2024, Brussels');
    expect(panel).toHaveTextContent(
      'Reported by news Not confirmed by an official source: Known from one news report.',
    );
  });

  it('lists what happened since, newest first, with links', () => {
    const panel = renderPanel();
    expect(
      within(panel).getByRole('heading', { name: 'Since then (after 30 April 2024)' }),
    ).toBeInTheDocument();
    // The entries only, not the commitments listed inside them.
    const list = within(panel).getAllByRole('list')[0]!;
    const entries = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list);
    expect(entries.map((entry) => entry.querySelector('time')?.textContent)).toEqual([
      '30 November 2026',
      '10 January 2025',
    ]);
    expect(entries[0]).toHaveTextContent('No newer evidence found for 1 commitment');
    expect(entries[1]).toHaveTextContent('Joint chip call Call for proposals · Official');
    expect(within(entries[1]!).getByRole('link', { name: /Official release/ })).toHaveAttribute(
      'href',
      'https://example.go.jp/release',
    );
    expect(
      within(entries[1]!).getByRole('link', { name: 'Chip memorandum signed' }),
    ).toHaveAttribute('href', '?item=chip-memorandum');
  });

  it('narrows "since then" to the domains chosen', () => {
    const panel = renderPanel({ domains: ['ai'] });
    expect(within(panel).queryByText('Joint chip call')).not.toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Talks on AI rules' })).toBeInTheDocument();
  });

  it('counts the changes since the previous Council and opens the comparison', async () => {
    const panel = renderPanel({ domains: ['ai'] });
    const counts = within(panel).getByRole('heading', {
      name: 'Compared with the previous Council',
    });
    expect(counts).toBeInTheDocument();
    expect(panel).toHaveTextContent('New1Advanced0Carried over0Last seen0');
    const link = within(panel).getByRole('link', { name: 'Open the comparison' });
    expect(link).toHaveAttribute('href', '?domains=ai&view=compare');
    useViewStore.setState({ view: { ...DEFAULT_VIEW, domains: ['ai'] } });
    await userEvent.click(link);
    expect(useViewStore.getState().view).toMatchObject({ mode: 'compare', compare: null });
  });

  it('speaks Japanese', () => {
    const data = dataset();
    const view = { ...DEFAULT_VIEW, lang: 'ja' as const };
    const news = whatsNew(data, view, filterCommitments(data, view))!;
    render(<WhatsNew news={news} view={view} lookups={indexDataset(data)} />);
    const panel = screen.getByRole('region', { name: '最新の動き' });
    expect(panel).toHaveTextContent('報道による 公式の資料では確認されていません：');
    expect(panel).toHaveTextContent('一つの報道によってのみ知られる。');
    expect(panel).toHaveTextContent('合意事項1件について、新たな根拠は見つかりませんでした');
  });
});
