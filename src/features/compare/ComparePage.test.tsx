import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { filterCommitments } from '../../data/filter-commitments';
import { indexDataset } from '../../data/index-dataset';
import { fixtureDataset } from '../../testing/test-fixture';
import { DEFAULT_VIEW, type View } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { CitedRelease } from '../../components/cited-release';
import ComparePage from './ComparePage';

const lookups = indexDataset(fixtureDataset);

function ConnectedComparePage() {
  const view = useViewStore((state) => state.view);
  return (
    <ComparePage
      dataset={fixtureDataset}
      view={view}
      commitments={filterCommitments(fixtureDataset, { ...view, meetings: [] })}
      lookups={lookups}
    />
  );
}

function renderAt(changes: Partial<View>, release: string | null = null) {
  useViewStore.setState({ view: { ...DEFAULT_VIEW, mode: 'compare', ...changes } });
  render(
    <CitedRelease.Provider value={release}>
      <ConnectedComparePage />
    </CitedRelease.Provider>,
  );
}

const summary = () => document.getElementById('compare-summary-text')?.textContent;

describe('ComparePage', () => {
  it('compares the two most recent Councils with commitments by default', () => {
    renderAt({});
    expect(screen.getByRole('combobox', { name: 'Meeting A' })).toHaveValue('dpc1');
    expect(screen.getByRole('combobox', { name: 'Meeting B' })).toHaveValue('dpc2');
    expect(summary()).toBe(
      'Council 1 (Tokyo 2023) → Council 2 (Brussels 2024): 1 thread new, 0 advanced, 0 carried over, 1 last seen before.',
    );
  });

  it('leads with the lineage of each thread, grouped by what changed, quotes on demand', () => {
    renderAt({ confidence: ['official', 'reported', 'unverified', 'disputed'] });
    const newGroup = screen.getByRole('region', { name: 'New at B (1)' });
    expect(within(newGroup).getByRole('rowheader', { name: 'AI rules' })).toBeInTheDocument();
    const aiQuotes = within(newGroup).getByText('Quotes at A and B: AI rules');
    expect(aiQuotes.closest('details')).not.toHaveAttribute('open');
    expect(aiQuotes.closest('details')).toHaveTextContent('“regular talks on AI rules”');

    // The disputed claim that the team was assembled (delivered) at B does not advance the thread:
    // it is shown apart, as a claim that is not counted.
    expect(screen.queryByRole('region', { name: /^Advanced/ })).not.toBeInTheDocument();
    const lastSeen = screen.getByRole('region', { name: 'Last seen before B (1)' });
    expect(within(lastSeen).getByRole('rowheader', { name: /^Chips/ })).toHaveTextContent(
      'Last seen at Council 1, Tokyo 2023 (Signed).',
    );
    expect(
      within(lastSeen).getAllByRole('link', { name: 'Chip memorandum signed' })[0],
    ).toBeInTheDocument();
    expect(lastSeen).toHaveTextContent('Claims we doubt (not counted)');
    expect(
      within(lastSeen).getAllByRole('link', { name: 'Claim: team assembled' })[0],
    ).toBeInTheDocument();
    expect(lastSeen).toHaveTextContent('Claims: delivered (not counted)');

    // The groups come before the domain by domain comparison.
    const domains = screen.getByRole('region', { name: 'Domain by domain' });
    expect(
      newGroup.compareDocumentPosition(domains) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('changes either meeting, swaps them, and writes the default pair as no pair', async () => {
    renderAt({});
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Meeting B' }), 'dpc4');
    expect(useViewStore.getState().view.compare).toEqual(['dpc1', 'dpc4']);
    expect(summary()).toBe(
      'Council 1 (Tokyo 2023) → Council 4 (Brussels 2026): 0 threads new, 0 advanced, 0 carried over, 2 last seen before. 4th Council is planned and has no recorded commitments yet.',
    );

    await userEvent.click(screen.getByRole('button', { name: '⇄ Swap A and B' }));
    expect(useViewStore.getState().view.compare).toEqual(['dpc4', 'dpc1']);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Meeting A' }), 'dpc1');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Meeting B' }), 'dpc2');
    expect(useViewStore.getState().view.compare).toBeNull();
  });

  it('gives a sensible answer for a meeting compared with itself', () => {
    renderAt({ compare: ['dpc2', 'dpc2'] });
    expect(summary()).toBe(
      'Council 2 (Brussels 2024) → Council 2 (Brussels 2024): the same meeting on both sides, so nothing changed (1 thread).',
    );
  });

  it('applies the domain filter to the domain table', () => {
    renderAt({ domains: ['ai'] });
    const table = screen.getByRole('table', { name: 'Commitments per domain at A and at B' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'DomainA: Council 1 (Tokyo 2023)B: Council 2 (Brussels 2024)Difference',
      'Artificial intelligence01+1',
    ]);
  });

  it('shows each thread at every meeting, A and B marked', () => {
    renderAt({ confidence: ['official', 'reported', 'unverified', 'disputed'] });
    const lineage = screen.getByRole('table', {
      name: 'Last seen before B: commitments of each thread at each meeting',
    });
    expect(
      within(lineage)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Thread',
      'Council 1, Tokyo 2023 (A)',
      'Council 2, Brussels 2024 (B)',
      'Council 4, Brussels 2026',
    ]);
    const chips = within(lineage).getByRole('row', { name: /^Chips/ });
    expect(
      within(chips)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'Chip memorandum signed In progress',
      'Claim: team assembled Claims: delivered (not counted)',
      '',
    ]);
  });

  it('with A later than B, reads from B to A and says so, keeping the pair as chosen', () => {
    renderAt({ compare: ['dpc2', 'dpc1'] });
    expect(screen.getByRole('combobox', { name: 'Meeting A' })).toHaveValue('dpc2');
    expect(screen.getByRole('combobox', { name: 'Meeting B' })).toHaveValue('dpc1');
    expect(summary()).toBe(
      'Council 1 (Tokyo 2023) → Council 2 (Brussels 2024): 1 thread new, 0 advanced, 0 carried over, 1 last seen before. Meeting A is the later of the two, so the comparison reads from B to A.',
    );
    expect(screen.getByRole('region', { name: 'New at A (1)' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Last seen before A (1)' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^New at B/ })).not.toBeInTheDocument();
    expect(screen.getByText(/^What A added to B,/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Commitments per domain at A and at B' });
    expect(within(table).getAllByRole('row')[0]).toHaveTextContent(
      'DomainB: Council 1 (Tokyo 2023)A: Council 2 (Brussels 2024)Difference',
    );
    expect(screen.getByText(/^More commitments at A than at B in /)).toBeInTheDocument();
  });

  it('tells the meeting where a thread was last seen from the date of a later step', () => {
    renderAt({ compare: ['dpc1', 'dpc4'] });
    const lastSeen = screen.getByRole('region', { name: /^Last seen before B/ });
    expect(within(lastSeen).getByRole('rowheader', { name: /^Chips/ })).toHaveTextContent(
      'Last seen in a progress step on 10 January 2025 (In progress), on what was committed at Council 1, Tokyo 2023.',
    );
    expect(within(lastSeen).getByRole('rowheader', { name: /^AI rules/ })).toHaveTextContent(
      'Last seen at Council 2, Brussels 2024 (Announced).',
    );
  });

  it('copies the summary with the dataset version and the address of this comparison in this release', async () => {
    const user = userEvent.setup();
    renderAt({ compare: ['dpc2', 'dpc1'] }, '2.0.1');
    await user.click(screen.getByRole('button', { name: 'Copy summary' }));
    expect(await navigator.clipboard.readText()).toBe(
      `${summary()}\nSource: Fixture tracker, dataset v2.0.1, http://localhost:3000/?view=compare&compare=dpc2,dpc1&v=2.0.1`,
    );
    expect(screen.getByText('Summary copied.')).toBeVisible();
  });
});
