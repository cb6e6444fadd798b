import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY } from './theme-choice';
import { ThemeControl } from './ThemeControl';
import { themeChosen } from './theme-store';

const html = document.documentElement;

describe('ThemeControl', () => {
  afterEach(() => {
    act(() => themeChosen('system'));
  });

  it('follows the device by default, and a choice applies at once and is remembered', async () => {
    render(<ThemeControl lang="en" />);
    const select = screen.getByRole('combobox', { name: 'Theme' });
    expect(select).toHaveValue('system');
    expect(html).not.toHaveAttribute('data-theme');

    await userEvent.selectOptions(select, 'Dark');
    expect(select).toHaveValue('dark');
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    await userEvent.selectOptions(select, 'Device setting');
    expect(html).not.toHaveAttribute('data-theme');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('is reached with the keyboard (its arrow keys are checked in the browser tests)', async () => {
    render(<ThemeControl lang="en" />);
    await userEvent.tab();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveFocus();
  });

  it('speaks Japanese on the Japanese page', () => {
    render(<ThemeControl lang="ja" />);
    const select = screen.getByRole('combobox', { name: '配色' });
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      '端末の設定',
      'ライト',
      'ダーク',
    ]);
    expect(select).toHaveValue('system');
  });

  it('shows a choice made in another tab', () => {
    render(<ThemeControl lang="en" />);
    act(() => {
      window.localStorage.setItem(THEME_STORAGE_KEY, 'dark');
      window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY }));
    });
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    expect(html).toHaveAttribute('data-theme', 'dark');
  });
});
