import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../i18n/format';
import { PrintLine } from './PrintLine';
import { printStamp } from './print-stamp';

const today = (lang: 'en' | 'ja') => formatDate(printStamp('', new Date()).date, lang);

/** The printed line as a whole: its address is a separate element, marked as no language. */
const printLine = () =>
  screen.getByText((_, element) => element?.classList.contains('print-line') ?? false);

describe('PrintLine', () => {
  it('names the address of the view and the day, in English and Japanese', () => {
    const { rerender } = render(<PrintLine lang="en" />);
    expect(printLine()).toHaveTextContent(`Printed on ${today('en')} from ${window.location.href}`);
    expect(screen.getByText(window.location.href)).toHaveAttribute('lang', 'zxx');
    rerender(<PrintLine lang="ja" />);
    // The full-width space is part of the Japanese line.
    expect(printLine().textContent).toBe(
      `印刷日：${today('ja')}\u3000URL：${window.location.href}`,
    );
  });

  it('takes the address again as printing starts', () => {
    render(<PrintLine lang="en" />);
    act(() => {
      window.history.replaceState(null, '', '/?domains=ai');
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(printLine()).toHaveTextContent(/from http:\/\/[^ ]+\/\?domains=ai$/);
  });
});
