import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { optionCounts } from '../../data/facet-counts';
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
      optionCounts={optionCounts(fixtureDataset, view)}
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
    // The three shorter lists share one disclosure.
    await userEvent.click(screen.getByText('Type, status and confidence'));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Memorandum of Cooperation (1)' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Signed (0)' }));
    expect(view()).toMatchObject({ types: ['memorandum'], statuses: ['signed'] });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Reported by news (0)' }));
    expect(view().confidence).toEqual(['official']);
    expect(screen.getByRole('checkbox', { name: 'Official (0)' })).toBeDisabled();
  });

  it.each<[string, 'en' | 'ja', string, string[]]>([
    ['Type', 'en', 'Type', ['Memorandum of Cooperation (1)', 'Dialogue (1)', 'Agreement (0)']],
    ['Status', 'en', 'Status', ['In progress (1)', 'Announced (1)', 'Delivered (0)']],
    ['Confidence', 'en', 'Confidence', ['Official (1)', 'Reported by news (1)', 'Disputed (1)']],
    ['種類', 'ja', '種類', ['協力覚書（1）', '対話（1）']],
    ['確度', 'ja', '確度', ['公式（1）', '疑義あり（1）']],
  ])('counts each option of %s', (_name, lang, group, names) => {
    useViewStore.setState({ view: { ...view(), lang } });
    render(<ConnectedPanel />);
    const fieldset = screen.getByRole('group', { name: group, hidden: true });
    for (const name of names)
      expect(within(fieldset).getByRole('checkbox', { name, hidden: true })).toBeInTheDocument();
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
