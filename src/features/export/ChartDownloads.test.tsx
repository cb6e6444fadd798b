import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../data/index-dataset';
import { fixtureDataset } from '../../testing/test-fixture';
import { DEFAULT_VIEW, type View } from '../../state/view';
import { ChartDownloads } from './ChartDownloads';

const lookups = indexDataset(fixtureDataset);

const chart = { id: 'commitments-per-meeting', title: 'Commitments per meeting, by domain' };

/** The buttons inside a chart's figure, as the charts draw them; `drawn` puts a drawing there. */
function renderInFigure(changes: Partial<View>, drawn: boolean) {
  const view = { ...DEFAULT_VIEW, ...changes };
  return render(
    <figure>
      {drawn && (
        <div className="recharts-wrapper">
          <svg width="640" height="150" viewBox="0 0 640 150">
            <rect width="20" height="40" fill="#332288" />
          </svg>
        </div>
      )}
      <ChartDownloads chart={chart} dataset={fixtureDataset} view={view} lookups={lookups} />
    </figure>,
  );
}

function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((object) => {
    blob = object as Blob;
    return 'blob:test/1';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blob! });
  });
  return files;
}

describe('ChartDownloads', () => {
  it('names the chart in each button', () => {
    renderInFigure({}, true);
    expect(
      screen.getByRole('group', {
        name: 'Download the chart “Commitments per meeting, by domain”',
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Download SVG: Commitments per meeting, by domain' }),
    ).toHaveTextContent(/^Download SVG$/);
    expect(
      screen.getByRole('button', { name: 'Download PNG: Commitments per meeting, by domain' }),
    ).toHaveTextContent(/^Download PNG$/);
  });

  it('in Japanese', () => {
    renderInFigure({ lang: 'ja' }, true);
    expect(
      screen.getByRole('button', { name: 'SVGをダウンロード(Commitments per meeting, by domain)' }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'PNGをダウンロード(Commitments per meeting, by domain)' }),
    ).toBeVisible();
  });

  it('downloads the SVG with the title, the view and the source line', async () => {
    window.history.replaceState(null, '', '/?domains=ai');
    const files = captureDownloads();
    renderInFigure({ domains: ['ai'] }, true);
    await userEvent.click(screen.getByRole('button', { name: /^Download SVG/ }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toMatch(
      /^eu-japan-digital-partnership-commitments-per-meeting-ai-\d{4}-\d{2}-\d{2}\.svg$/,
    );
    const svg = await files[0]!.blob.text();
    expect(svg).toContain('>Commitments per meeting, by domain</text>');
    expect(svg).toContain('>Commitments on Artificial intelligence</text>');
    expect(svg).toContain(
      '>Source: Fixture tracker, dataset v2.0.1, http://localhost:3000/?domains=ai</text>',
    );
    expect(screen.getByText(`Downloaded ${files[0]!.name}.`)).toBeVisible();
  });

  it('says so when the chart is not drawn yet', async () => {
    const files = captureDownloads();
    renderInFigure({}, false);
    await userEvent.click(screen.getByRole('button', { name: /^Download SVG/ }));
    expect(await screen.findByText(/The chart is not drawn yet/)).toHaveAttribute('role', 'status');
    expect(files).toHaveLength(0);
  });

  it('says so when the image cannot be made', async () => {
    // jsdom draws no images: the PNG fails, as it would in a browser that refused the drawing.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const files = captureDownloads();
    renderInFigure({}, true);
    await userEvent.click(screen.getByRole('button', { name: /^Download PNG/ }));
    expect(await screen.findByText('The image could not be made. Please try again.')).toBeVisible();
    expect(files).toHaveLength(0);
  });
});
