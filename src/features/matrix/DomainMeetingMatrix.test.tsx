import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { domainMeetingMatrix } from '../../data/aggregate';
import { filterCommitments } from '../../data/filter-commitments';
import { fixtureDataset } from '../../testing/test-fixture';
import { DEFAULT_VIEW } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { DomainMeetingMatrix } from './DomainMeetingMatrix';

function renderMatrix() {
  const filter = {
    ...DEFAULT_VIEW,
    confidence: ['official', 'reported', 'unverified', 'disputed'] as const,
  };
  const matrix = domainMeetingMatrix(
    fixtureDataset,
    { ...filter, confidence: [...filter.confidence] },
    filterCommitments(fixtureDataset, { ...filter, confidence: [...filter.confidence] }),
  );
  render(<DomainMeetingMatrix matrix={matrix} lang="en" />);
}

describe('DomainMeetingMatrix', () => {
  it('is a table with a row per domain and a column per meeting in date order', () => {
    renderMatrix();
    const table = screen.getByRole('grid', { name: /by domain \(rows\) and meeting \(columns\)/ });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Domain',
      'Council 1, Tokyo 2023: show only this meeting',
      'Council 2, Brussels 2024: show only this meeting',
      'Council 4, Brussels 2026: show only this meeting',
      'Total',
    ]);
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(
      /Semiconductors: show only this domain\s*1\s*2\s*planned\s*3/,
    );
    expect(rows[2]).toHaveTextContent(
      /Artificial intelligence: show only this domain\s*0.*none to show\s*1\s*planned\s*1/,
    );
  });

  it('filters to a cell, a domain or a meeting when clicked', async () => {
    renderMatrix();
    const grid = screen.getByRole('grid');
    await userEvent.click(
      within(grid).getByRole('button', {
        name: '2 commitments in Semiconductors at Council 2, Brussels 2024: filter to them',
      }),
    );
    expect(useViewStore.getState().view).toMatchObject({
      domains: ['semiconductors'],
      meetings: ['dpc2'],
    });

    await userEvent.click(
      within(grid).getByRole('button', { name: 'Artificial intelligence: show only this domain' }),
    );
    expect(useViewStore.getState().view.domains).toEqual(['ai']);

    const requests = useViewStore.getState().resultsRequests;
    await userEvent.click(
      within(grid).getByRole('button', { name: 'Council 1, Tokyo 2023: show only this meeting' }),
    );
    expect(useViewStore.getState().view.meetings).toEqual(['dpc1']);
    // Each filter also asks for the results to be brought into view.
    expect(useViewStore.getState().resultsRequests).toBe(requests + 1);
  });

  it('draws an empty cell as plain text, not a button', () => {
    renderMatrix();
    const grid = screen.getByRole('grid');
    expect(within(grid).queryByRole('button', { name: /^0 in/ })).toBeNull();
    expect(
      within(grid).getByText(
        '0 commitments in Artificial intelligence at Council 1, Tokyo 2023: none to show',
      ),
    ).toBeInTheDocument();
  });

  it('is one tab stop, moved through with the arrow keys, and filters with Enter', async () => {
    renderMatrix();
    const grid = screen.getByRole('grid');
    const stops = [...grid.querySelectorAll('[tabindex="0"]')];
    expect(stops).toHaveLength(1);
    expect(stops[0]).toHaveAccessibleName(
      '1 commitment in Semiconductors at Council 1, Tokyo 2023: filter to them',
    );

    await userEvent.tab();
    expect(stops[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const next = within(grid).getByRole('button', {
      name: '2 commitments in Semiconductors at Council 2, Brussels 2024: filter to them',
    });
    expect(next).toHaveFocus();
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    await userEvent.keyboard('{ArrowDown}');
    expect(
      within(grid).getByRole('button', {
        name: '1 commitment in Artificial intelligence at Council 2, Brussels 2024: filter to them',
      }),
    ).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    // A zero: focusable by the arrows, read out, but nothing to press.
    expect(document.activeElement).toHaveTextContent(/none to show/);
    await userEvent.keyboard('{ArrowUp}{ArrowRight}{Enter}');
    expect(useViewStore.getState().view).toMatchObject({
      domains: ['semiconductors'],
      meetings: ['dpc2'],
    });
  });

  it('gives the same numbers as cards, one line per meeting, for narrow screens', () => {
    renderMatrix();
    const cards = screen.getByRole('list', {
      name: 'Number of commitments by domain (rows) and meeting (columns)',
    });
    const semiconductors = within(cards).getAllByRole('listitem')[0]!;
    expect(semiconductors).toHaveTextContent(
      /Semiconductors: show only this domain\s*3 in all\s*Council 1, Tokyo 2023\s*1\s*Council 2, Brussels 2024\s*2\s*Council 4, Brussels 2026\s*planned/,
    );
  });
});
