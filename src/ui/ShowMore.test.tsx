import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShowMore } from './ShowMore';

const ITEMS = Array.from({ length: 45 }, (_, index) => `Item ${index + 1}`);

function renderList() {
  render(
    <ShowMore
      items={ITEMS}
      step={20}
      noun="items"
      render={(visible) => (
        <ul>
          {visible.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    />,
  );
}

const fire = (type: 'beforeprint' | 'afterprint') =>
  act(() => {
    window.dispatchEvent(new Event(type));
  });

describe('ShowMore', () => {
  it('draws a step at a time, and says how many are shown', async () => {
    renderList();
    expect(screen.getAllByRole('listitem')).toHaveLength(20);
    expect(screen.getByText(/Showing 20 of 45 items\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(40);
    expect(screen.getByRole('button', { name: 'Show 5 more' })).toBeInTheDocument();
  });

  it('draws everything while the page is printed, then returns to where the reader was', async () => {
    renderList();
    await userEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));

    fire('beforeprint');
    expect(screen.getAllByRole('listitem')).toHaveLength(45);
    expect(screen.getByText('Item 45')).toBeInTheDocument();
    // Nothing is held back, so nothing says so, and there is nothing to press.
    expect(screen.queryByText(/Showing/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    fire('afterprint');
    expect(screen.getAllByRole('listitem')).toHaveLength(40);
    expect(screen.getByText(/Showing 40 of 45 items\./)).toBeInTheDocument();
  });

  it('has the whole list drawn by the time the beforeprint event has been handled', () => {
    renderList();
    // Outside act(), as in a browser: the print layout is taken right after the event, so the
    // list must not wait for a render scheduled later.
    const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT');
    Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false);
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(screen.getAllByRole('listitem')).toHaveLength(45);
      window.dispatchEvent(new Event('afterprint'));
      expect(screen.getAllByRole('listitem')).toHaveLength(20);
    } finally {
      Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment);
    }
  });
});
