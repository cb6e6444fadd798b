import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FiltersDrawer } from './FiltersDrawer';

beforeEach(() => {
  // jsdom has no media queries; the drawer listens for the screen becoming wide.
  vi.stubGlobal(
    'matchMedia',
    vi.fn(() => ({ matches: false, addEventListener: vi.fn(), removeEventListener: vi.fn() })),
  );
});

function renderDrawer(props: Partial<Parameters<typeof FiltersDrawer>[0]> = {}) {
  const onClose = vi.fn();
  render(
    <FiltersDrawer lang="en" results={12} onClose={onClose} {...props}>
      <label>
        <input type="checkbox" /> Quantum
      </label>
    </FiltersDrawer>,
  );
  return { onClose, drawer: screen.getByRole('dialog', { name: 'Filters' }) };
}

describe('FiltersDrawer', () => {
  it('opens as a dialog named by its heading, with the filters inside', () => {
    const { drawer } = renderDrawer();
    expect(drawer).toHaveAttribute('open');
    expect(within(drawer).getByRole('checkbox', { name: 'Quantum' })).toBeInTheDocument();
  });

  it('closes with its Close button', async () => {
    const { drawer, onClose } = renderDrawer();
    await userEvent.click(within(drawer).getByRole('button', { name: 'Close' }));
    expect(drawer).not.toHaveAttribute('open');
    expect(onClose).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('closes with the button that shows the results, which says how many there are', async () => {
    const { drawer, onClose } = renderDrawer({ results: 1234 });
    await userEvent.click(within(drawer).getByRole('button', { name: 'Show 1,234 commitments' }));
    expect(onClose).toHaveBeenCalledExactlyOnceWith(true);
  });

  it.each([
    [1, 'Show 1 commitment'],
    [0, 'Show 0 commitments'],
    ['comparison', 'Show the comparison'],
    ['changes', 'Show the changes'],
    ['uncounted', 'Show the results'],
  ] as const)('with %s results the button reads “%s”', (results, name) => {
    const { drawer } = renderDrawer({ results });
    expect(within(drawer).getByRole('button', { name })).toBeInTheDocument();
  });

  it('keeps Tab inside: from the last control to the first, and back with Shift+Tab', async () => {
    const { drawer } = renderDrawer();
    const close = within(drawer).getByRole('button', { name: 'Close' });
    const results = within(drawer).getByRole('button', { name: 'Show 12 commitments' });
    results.focus();
    await userEvent.tab();
    expect(close).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(results).toHaveFocus();
    // In between, Tab moves as usual.
    await userEvent.tab({ shift: true });
    expect(within(drawer).getByRole('checkbox', { name: 'Quantum' })).toHaveFocus();
  });

  it('speaks Japanese on the Japanese page', () => {
    render(
      <FiltersDrawer lang="ja" results={1234} onClose={() => {}}>
        <p>…</p>
      </FiltersDrawer>,
    );
    const drawer = screen.getByRole('dialog', { name: '絞り込み' });
    expect(within(drawer).getByRole('button', { name: '閉じる' })).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: '1,234件を表示' })).toBeInTheDocument();
  });
});
