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

describe('the embedded view', () => {
  it('shows the content without the page chrome, keeping the filters', async () => {
    renderAt('/?domains=ai&embed=1');
    expect(await screen.findByRole('article', { name: 'Talks on AI rules' })).toBeVisible();
    expect(
      screen.queryByRole('article', { name: 'Chip memorandum signed' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy link' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Views' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Filters' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Filters/ })).not.toBeInTheDocument();
    expect(window.location.search).toBe('?domains=ai&embed=1');
  });

  it('opens every link to the dashboard in a new tab, never in the host page', async () => {
    renderAt('/?confidence=official,reported,unverified,disputed&embed=1');
    const list = await screen.findByRole('region', { name: 'Commitments' });
    await userEvent.click(within(list).getByRole('link', { name: 'Chip memorandum signed' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    const links = Array.from(document.querySelectorAll('a[href]')).filter((a) => {
      const href = a.getAttribute('href')!;
      return !href.startsWith('#') && !/^https?:/i.test(href);
    });
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
      expect(link.getAttribute('href')).not.toContain('embed=1');
    }
  });

  it('links to the same view in full, in a new tab', async () => {
    renderAt('/?domains=ai&view=compare&embed=1');
    const link = await screen.findByRole('link', { name: /Open the full view/ });
    expect(link).toHaveAttribute('href', '?domains=ai&view=compare');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    // The comparison is a chunk of its own, loaded on demand.
    expect(await screen.findByRole('heading', { name: /Compare/ })).toBeInTheDocument();
  });

  it('keeps its notices', async () => {
    renderAt('/?embed=1&colour=red');
    expect(await screen.findByText('Part of the link could not be used.')).toBeVisible();
    expect(window.location.search).toBe('?embed=1');
  });

  it('is in Japanese when the link says so', async () => {
    renderAt('/?embed=1&lang=ja');
    expect(await screen.findByRole('link', { name: /全体表示で開く/ })).toHaveAttribute(
      'href',
      '?lang=ja',
    );
  });

  it('is not the full page', async () => {
    renderAt('/?domains=ai');
    await screen.findByRole('article', { name: 'Talks on AI rules' });
    expect(screen.getByRole('banner')).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeVisible();
    expect(screen.queryByRole('link', { name: /Open the full view/ })).not.toBeInTheDocument();
  });
});

describe('the About page', () => {
  it('opens from the view switch as a new history entry, and Back returns', async () => {
    renderAt('/?domains=ai');
    await screen.findByRole('article', { name: 'Talks on AI rules' });
    const views = screen.getByRole('navigation', { name: 'Views' });
    const about = within(views).getByRole('link', { name: 'About the data' });
    expect(about).toHaveAttribute('href', '?domains=ai&view=about');

    const entries = window.history.length;
    await userEvent.click(about);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'About the data' }),
    ).toBeInTheDocument();
    expect(window.location.search).toBe('?domains=ai&view=about');
    expect(window.history.length).toBe(entries + 1);
    expect(within(views).getByRole('link', { name: 'About the data' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.queryByRole('form', { name: 'Filters' })).not.toBeInTheDocument();

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(window.location.search).toBe('?domains=ai');
    expect(await screen.findByRole('article', { name: 'Talks on AI rules' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'About the data' })).not.toBeInTheDocument();
  });

  it('describes the dataset loaded, in the language of the link', async () => {
    renderAt('/?view=about&lang=ja');
    expect(await screen.findByRole('heading', { name: 'データについて' })).toBeInTheDocument();
    expect(screen.getByText('2.0.1')).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: '表示の切り替え' })).getByRole('link', {
        name: 'データについて',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });
});
