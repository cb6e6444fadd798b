import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../testing/test-fixture';
import { renderAt, serve } from '../testing/test-app';

beforeEach(() => {
  serve(fixtureDataset);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Dashboard and its URL', () => {
  it('opens the view a link describes', async () => {
    renderAt('/?domains=ai&q=rules');
    expect(await screen.findByRole('article', { name: 'Talks on AI rules' })).toBeVisible();
    expect(
      screen.queryByRole('article', { name: 'Chip memorandum signed' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Artificial intelligence/ })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: /search/i })).toHaveValue('rules');
  });

  it('drops unknown ids, says so, and rewrites the address bar to what is shown', async () => {
    renderAt('/?meetings=dpc9,dpc1&colour=red');
    expect(await screen.findByRole('article', { name: 'Chip memorandum signed' })).toBeVisible();
    const notice = screen
      .getByText('Part of the link could not be used.')
      .closest('[role="status"]')!;
    expect(notice).toHaveTextContent('Ignored unknown setting “colour”.');
    expect(notice).toHaveTextContent('Ignored unknown meeting: “dpc9”.');
    expect(window.location.search).toBe('?meetings=dpc1');
  });

  it('writes filter changes into the URL without adding history entries', async () => {
    renderAt('/');
    await screen.findByRole('article', { name: 'Chip memorandum signed' });
    const entries = window.history.length;
    await userEvent.click(screen.getByRole('checkbox', { name: /^Artificial intelligence/ }));
    expect(window.location.search).toBe('?domains=ai');
    expect(window.history.length).toBe(entries);
  });

  it('opens a commitment as a new history entry, with its thread, and Back closes it', async () => {
    renderAt('/?confidence=official,reported,unverified,disputed');
    const card = await screen.findByRole('article', { name: 'Chip memorandum signed' });
    await userEvent.click(within(card).getByRole('link', { name: 'Chip memorandum signed' }));
    expect(window.location.search).toBe(
      '?confidence=official,reported,unverified,disputed&item=chip-memorandum',
    );
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: 'Thread: Chips' })).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Claim: team assembled' })).toBeInTheDocument();

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(window.location.search).toBe('?confidence=official,reported,unverified,disputed');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('switches the data to Japanese and marks its language', async () => {
    renderAt('/?lang=ja');
    expect(await screen.findByRole('article', { name: '半導体覚書に署名' })).toBeVisible();
    expect(screen.getByRole('heading', { name: '半導体覚書に署名' })).toHaveAttribute('lang', 'ja');
  });
});
