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
    const table = screen.getByRole('table', { name: /by domain \(rows\) and meeting \(columns\)/ });
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
      /Artificial intelligence: show only this domain\s*0\s*1\s*planned\s*1/,
    );
  });

  it('filters to a cell, a domain or a meeting when clicked', async () => {
    renderMatrix();
    await userEvent.click(
      screen.getByRole('button', {
        name: '2 in Semiconductors at Council 2, Brussels 2024: filter to them',
      }),
    );
    expect(useViewStore.getState().view).toMatchObject({
      domains: ['semiconductors'],
      meetings: ['dpc2'],
    });

    await userEvent.click(
      screen.getByRole('button', { name: 'Artificial intelligence: show only this domain' }),
    );
    expect(useViewStore.getState().view.domains).toEqual(['ai']);

    await userEvent.click(
      screen.getByRole('button', { name: 'Council 1, Tokyo 2023: show only this meeting' }),
    );
    expect(useViewStore.getState().view.meetings).toEqual(['dpc1']);
  });
});
