import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as aggregate from '../data/aggregate';
import * as filtering from '../data/filter-commitments';
import { fixtureDataset } from '../testing/test-fixture';
import { renderAt, serve } from '../testing/test-app';

beforeEach(() => {
  serve(fixtureDataset);
  // The boundaries report what they caught; the report is expected here.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a derivation that throws', () => {
  it('shows in the panels that use it; the rest of the page stays', async () => {
    vi.spyOn(aggregate, 'domainMeetingMatrix').mockImplementation(() => {
      throw new Error('matrix failed');
    });
    renderAt('/');
    expect(await screen.findByRole('article', { name: 'Chip memorandum signed' })).toBeVisible();
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toHaveLength(2);
    expect(alerts[0]).toMatch(/domain × meeting table/);
    expect(alerts[1]).toMatch(/charts/);
    expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: /^Artificial intelligence/ })).toBeVisible();
  });

  it('of the facet counts stays in the filters panel', async () => {
    vi.spyOn(filtering, 'facetCounts').mockImplementation(() => {
      throw new Error('counts failed');
    });
    renderAt('/');
    expect(await screen.findByRole('article', { name: 'Chip memorandum signed' })).toBeVisible();
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatch(/filters/);
  });
});
