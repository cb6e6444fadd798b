import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelErrorBoundary } from './PanelErrorBoundary';

let shouldThrow = true;
function Chart() {
  if (shouldThrow) throw new Error('odd data');
  return <p>chart drawn</p>;
}

describe('PanelErrorBoundary', () => {
  it('keeps a failure inside its panel, and can try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    shouldThrow = true;
    render(
      <>
        <PanelErrorBoundary name="charts">
          <Chart />
        </PanelErrorBoundary>
        <p>the list still works</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The charts could not be shown.');
    expect(screen.getByText('the list still works')).toBeInTheDocument();

    shouldThrow = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
