import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlSync } from '../state/use-url-sync';
import { useViewStore } from '../state/view-store';
import { fixtureDataset } from '../testing/test-fixture';
import { DashboardBody } from './DashboardBody';
import { preloadAllParts } from './lazy-parts';

// As src/main.tsx does before drawing the page.
await preloadAllParts();

// The drawer is about the filters and the content's count: the overview's figures, table and
// charts, which take long to draw in jsdom, stay out of this test.
vi.mock('../features/charts/OverviewCharts', () => ({ OverviewCharts: () => null }));
vi.mock('../features/matrix/DomainMeetingMatrix', () => ({ DomainMeetingMatrix: () => null }));

function Page() {
  useUrlSync(fixtureDataset);
  const view = useViewStore((state) => state.view);
  return <DashboardBody dataset={fixtureDataset} view={view} />;
}

beforeEach(() => {
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches: false, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Filters button and its drawer', () => {
  it('moves the filters into the drawer, counts the results, and shows them', async () => {
    render(<Page />);
    const button = screen.getByRole('button', { name: 'Filters' });
    await userEvent.click(button);

    const drawer = screen.getByRole('dialog', { name: 'Filters' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    // One set of filters at a time: the sidebar's gives way to the drawer's.
    expect(screen.getAllByRole('form', { name: 'Filters' })).toHaveLength(1);
    await userEvent.click(
      within(drawer).getByRole('checkbox', { name: /^Artificial intelligence/ }),
    );
    expect(window.location.search).toBe('?domains=ai');

    await userEvent.click(within(drawer).getByRole('button', { name: 'Show 1 commitment' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The results, screens below the filters on a phone, are brought into view.
    await vi.waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Commitments', level: 2 })).toHaveFocus(),
    );
    const again = screen.getByRole('button', { name: 'Filters (1 active)' });
    expect(again).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('form', { name: 'Filters' })).toBeInTheDocument();
  });

  // Escape is the browser's own (jsdom has none): tests/e2e/small-screen.spec.ts.
  it('closed with its Close button, gives focus back to the Filters button', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    expect(screen.getByRole('dialog', { name: 'Filters' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filters' })).toHaveFocus();
  });

  it('closes when Back or Forward moves to another view', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    expect(screen.getByRole('dialog', { name: 'Filters' })).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Filters' })).toBeInTheDocument();
  });
});
