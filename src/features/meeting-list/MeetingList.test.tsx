import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../../data/test-fixture';
import { MeetingList } from './MeetingList';

function renderList() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MeetingList />
    </QueryClientProvider>,
  );
}

function serveOnce(...responses: Response[]) {
  const fetchMock = vi.fn();
  for (const response of responses) fetchMock.mockResolvedValueOnce(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('MeetingList', () => {
  it('shows a loading state, then every meeting in date order with its commitments', async () => {
    serveOnce(new Response(JSON.stringify(fixtureDataset)));
    renderList();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset');

    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      '1st Council',
      '2nd Council',
      '4th Council',
    ]);
    const planned = screen.getByRole('region', { name: '4th Council' });
    expect(planned).toHaveTextContent('Planned for 2026');
    expect(within(planned).getByText('No commitments recorded yet.')).toBeInTheDocument();
  });

  it('shows each commitment with its domains, confidence and evidence linked to its source', async () => {
    serveOnce(new Response(JSON.stringify(fixtureDataset)));
    renderList();

    const memorandum = await screen.findByRole('article', { name: 'Chip memorandum signed' });
    expect(memorandum).toHaveTextContent('Official');
    expect(memorandum).toHaveTextContent('4 July 2023');
    expect(within(memorandum).getByRole('list', { name: 'Domains' })).toHaveTextContent(
      'Semiconductors',
    );
    expect(within(memorandum).getByRole('link', { name: 'Official release' })).toHaveAttribute(
      'href',
      'https://example.go.jp/release',
    );
    expect(memorandum).toHaveTextContent('“signed a memorandum on semiconductors”');
  });

  it('marks a disputed claim, its reason and the evidence that contradicts it', async () => {
    serveOnce(new Response(JSON.stringify(fixtureDataset)));
    renderList();

    const claim = await screen.findByRole('article', { name: 'Claim: team assembled' });
    expect(claim).toHaveTextContent('Disputed');
    expect(claim).toHaveTextContent('The official release says the team is still to be set up.');
    expect(claim).toHaveTextContent('Contradicted by:');
    // A source without an address is named, never linked.
    expect(within(claim).queryByRole('link', { name: 'An opinion' })).not.toBeInTheDocument();
    expect(claim).toHaveTextContent('An opinion');
  });

  it('explains a failed load, lists schema problems, and recovers on Retry', async () => {
    const broken = structuredClone(fixtureDataset);
    broken.sources[0]!.url = 'javascript:alert(1)';
    const fetchMock = serveOnce(
      new Response(JSON.stringify(broken)),
      new Response(JSON.stringify(fixtureDataset)),
    );
    renderList();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('The dataset does not follow the schema.');
    expect(alert).toHaveTextContent('$.sources[0].url: must be an http:// or https:// address');

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('article', { name: 'Chip memorandum signed' })).toBeVisible();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('names the HTTP status when the file is missing', async () => {
    serveOnce(new Response('Not found', { status: 404, statusText: 'Not Found' }));
    renderList();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server answered 404 Not Found.',
    );
  });
});
