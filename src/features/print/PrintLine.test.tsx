import { act, getDefaultNormalizer, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../data/format';
import { PrintLine } from './PrintLine';
import { printStamp } from './print-stamp';

const today = (lang: 'en' | 'ja') => formatDate(printStamp('', new Date()).date, lang);

describe('PrintLine', () => {
  it('names the address of the view and the day, in English and Japanese', () => {
    const { rerender } = render(<PrintLine lang="en" />);
    expect(
      screen.getByText(`Printed on ${today('en')} from ${window.location.href}`),
    ).toBeInTheDocument();
    rerender(<PrintLine lang="ja" />);
    expect(
      // The full-width space is part of the Japanese line.
      screen.getByText(`印刷日：${today('ja')}\u3000URL：${window.location.href}`, {
        normalizer: getDefaultNormalizer({ collapseWhitespace: false }),
      }),
    ).toBeInTheDocument();
  });

  it('takes the address again as printing starts', () => {
    render(<PrintLine lang="en" />);
    act(() => {
      window.history.replaceState(null, '', '/?domains=ai');
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText(/from http:\/\/[^ ]+\/\?domains=ai$/)).toBeInTheDocument();
  });
});
