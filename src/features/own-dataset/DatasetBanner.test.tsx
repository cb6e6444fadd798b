import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DatasetBanner } from './DatasetBanner';

describe('DatasetBanner', () => {
  it.each([
    ['1.1.0', true],
    ['2.0.0', false],
    [undefined, false],
  ] as const)('for a file of version %s, says it was converted: %s', (version, converted) => {
    render(
      <DatasetBanner fileName="mine.json" commitments={3} version={version} onBack={() => {}} />,
    );
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('Showing your file “mine.json” (3 commitments)');
    if (converted) {
      expect(banner).toHaveTextContent('older format of release 1.1.0: it was converted');
    } else {
      expect(banner).not.toHaveTextContent('converted');
    }
  });
});
