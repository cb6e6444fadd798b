import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../testing/test-fixture';
import { App } from './App';

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(fixtureDataset))),
  );
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches: false, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the Filters button and its drawer', () => {
  it('moves the filters into the drawer, counts the results, and gives focus back', async () => {
    render(<App queryClient={new QueryClient()} />);
    const button = await screen.findByRole('button', { name: 'Filters' });
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
    const again = screen.getByRole('button', { name: 'Filters (1 active)' });
    expect(again).toHaveFocus();
    expect(again).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('form', { name: 'Filters' })).toBeInTheDocument();
  });
});
