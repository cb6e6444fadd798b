import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../data/filter-commitments';
import { fixtureDataset } from '../../testing/test-fixture';
import { useViewStore } from '../../state/view-store';
import { FilterPanel } from './FilterPanel';

function ConnectedPanel() {
  const view = useViewStore((state) => state.view);
  return (
    <FilterPanel
      dataset={fixtureDataset}
      view={view}
      domainCounts={facetCounts(fixtureDataset, view, 'domains')}
      meetingCounts={facetCounts(fixtureDataset, view, 'meetings')}
    />
  );
}

const view = () => useViewStore.getState().view;

describe('FilterPanel', () => {
  it('lists the domains with how many commitments each would show', () => {
    render(<ConnectedPanel />);
    const domains = screen.getByRole('group', { name: 'Domains' });
    // The AI talks are also about semiconductors: a commitment counts under each of its domains.
    expect(within(domains).getByRole('checkbox', { name: 'Semiconductors (2)' })).not.toBeChecked();
    expect(
      within(domains).getByRole('checkbox', { name: 'Artificial intelligence (1)' }),
    ).toBeInTheDocument();
  });

  it('filters by domain and meeting, and counts update with the other filters', async () => {
    render(<ConnectedPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Artificial intelligence (1)' }));
    expect(view().domains).toEqual(['ai']);

    const meetings = screen.getByRole('group', { name: 'Meetings' });
    expect(
      within(meetings).getByRole('checkbox', { name: 'Council 1, Tokyo 2023 (0)' }),
    ).toBeInTheDocument();
    await userEvent.click(
      within(meetings).getByRole('checkbox', { name: 'Council 2, Brussels 2024 (1)' }),
    );
    expect(view().meetings).toEqual(['dpc2']);
  });

  it('reveals unverified and disputed claims with one visible toggle', async () => {
    render(<ConnectedPanel />);
    const toggle = screen.getByRole('checkbox', { name: 'Show unverified and disputed claims' });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(view().confidence).toEqual(['official', 'reported', 'unverified', 'disputed']);
    expect(screen.getByRole('checkbox', { name: 'Semiconductors (3)' })).toBeInTheDocument();
    await userEvent.click(toggle);
    expect(view().confidence).toEqual(['official', 'reported']);
  });

  it('searches as the reader types', async () => {
    render(<ConnectedPanel />);
    await userEvent.type(screen.getByRole('searchbox', { name: /search/i }), 'rules');
    expect(view().q).toBe('rules');
    expect(screen.getByRole('checkbox', { name: 'Semiconductors (1)' })).toBeInTheDocument();
  });

  it('filters by type, status and confidence, never leaving no confidence level', async () => {
    render(<ConnectedPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Memorandum of Cooperation' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Signed' }));
    expect(view()).toMatchObject({ types: ['memorandum'], statuses: ['signed'] });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Reported by news' }));
    expect(view().confidence).toEqual(['official']);
    expect(screen.getByRole('checkbox', { name: 'Official' })).toBeDisabled();
  });

  it('resets every filter at once', async () => {
    render(<ConnectedPanel />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Artificial intelligence (1)' }));
    await userEvent.type(screen.getByRole('searchbox', { name: /search/i }), 'chips');
    await userEvent.click(screen.getByRole('button', { name: 'Reset all filters' }));
    expect(view()).toMatchObject({ domains: [], q: '', confidence: ['official', 'reported'] });
    expect(screen.getByRole('searchbox', { name: /search/i })).toHaveValue('');
  });
});
