import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../data/index-dataset';
import { fixtureDataset } from '../../testing/test-fixture';
import { useViewStore } from '../../state/view-store';
import { CommitmentList, PAGE_SIZE } from './CommitmentList';

const lookups = indexDataset(fixtureDataset);

function renderList(ids: string[], hiddenDoubtful = 0, lang: 'en' | 'ja' = 'en') {
  const commitments = fixtureDataset.commitments.filter((commitment) =>
    ids.includes(commitment.id),
  );
  render(
    <CommitmentList
      commitments={commitments}
      lookups={lookups}
      lang={lang}
      hiddenDoubtful={hiddenDoubtful}
    />,
  );
}

describe('CommitmentList', () => {
  it('shows each commitment with meeting, date, type, status, confidence, domains and evidence', () => {
    renderList(['chip-memorandum']);
    const card = screen.getByRole('article', { name: 'Chip memorandum signed' });
    for (const text of [
      'Official',
      'Council 1, Tokyo 2023',
      '4 July 2023',
      'Memorandum of Cooperation',
      'Signed',
    ]) {
      expect(card).toHaveTextContent(text);
    }
    expect(within(card).getByRole('list', { name: 'Domains' })).toHaveTextContent('Semiconductors');
    expect(within(card).getByRole('link', { name: 'Official release' })).toHaveAttribute(
      'href',
      'https://example.go.jp/release#:~:text=signed%20a%20memorandum%20on%20semiconductors',
    );
    expect(card).toHaveTextContent('“signed a memorandum on semiconductors”');
  });

  it('links each title to its permalink, and opens it in place', async () => {
    renderList(['chip-memorandum']);
    const link = screen.getByRole('link', { name: 'Chip memorandum signed' });
    expect(link).toHaveAttribute('href', '?item=chip-memorandum');
    await userEvent.click(link);
    expect(useViewStore.getState().view.item).toBe('chip-memorandum');
  });

  it('marks a disputed claim, names a source without an address without linking it', () => {
    renderList(['chip-team-claim']);
    const claim = screen.getByRole('article', { name: 'Claim: team assembled' });
    expect(claim).toHaveTextContent('Contradicted by an official source — disputed');
    expect(claim).toHaveTextContent('Contradicted by:');
    expect(within(claim).queryByRole('link', { name: 'An opinion' })).not.toBeInTheDocument();
  });

  it('labels the facts of each card and says what its confidence means', () => {
    renderList(['chip-memorandum']);
    const card = screen.getByRole('article', { name: 'Chip memorandum signed' });
    expect(card).toHaveTextContent('Source: official document');
    const terms = within(card)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual(['Status', 'Type', 'Meeting', 'Date']);
    expect(within(card).getAllByRole('definition')[3]).toHaveTextContent('4 July 2023');
  });

  it('shows one quote and the others behind a disclosure', async () => {
    renderList(['chip-team-claim']);
    const claim = screen.getByRole('article', { name: 'Claim: team assembled' });
    const more = within(claim).getByText(/^\+1 more quote$/);
    expect(more.closest('details')).not.toHaveAttribute('open');
    await userEvent.click(more);
    expect(more.closest('details')).toHaveAttribute('open');
  });

  it('shows titles and domains in Japanese when asked', () => {
    renderList(['chip-memorandum'], 0, 'ja');
    const card = screen.getByRole('article', { name: '半導体覚書に署名' });
    expect(card).toHaveTextContent('半導体');
    expect(card).toHaveTextContent('2023年7月4日');
  });

  it('offers a way out when nothing matches', async () => {
    useViewStore.getState().domainsSet(['ai']);
    renderList([]);
    expect(screen.getByText('No commitment matches these filters.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(useViewStore.getState().view.domains).toEqual([]);
  });

  it('says how many doubtful claims are hidden and reveals them', async () => {
    renderList(['chip-memorandum'], 1);
    expect(screen.getByText(/1 unverified or disputed claim is hidden/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show them' }));
    expect(useViewStore.getState().view.confidence).toContain('disputed');
  });
});

describe('CommitmentList with many commitments', () => {
  it('draws the first page and more on request', async () => {
    // Two full pages and a part: enough to page twice and reach the end.
    const total = 2 * PAGE_SIZE + 5;
    const many = Array.from({ length: total }, (_, i) => ({
      ...fixtureDataset.commitments[0]!,
      id: `c-${i}`,
      title: { en: `Commitment ${i}`, ja: `約束 ${i}` },
    }));
    const { container } = render(
      <CommitmentList commitments={many} lookups={lookups} lang="en" hiddenDoubtful={0} />,
    );
    const cards = () => container.querySelectorAll('article').length;
    expect(cards()).toBe(PAGE_SIZE);
    expect(screen.getByText(`Showing ${PAGE_SIZE} of ${total} commitments.`)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: `Show ${PAGE_SIZE} more` }));
    expect(cards()).toBe(2 * PAGE_SIZE);
    await userEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    expect(cards()).toBe(total);
    expect(screen.queryByRole('button', { name: /more/ })).not.toBeInTheDocument();
  });
});
