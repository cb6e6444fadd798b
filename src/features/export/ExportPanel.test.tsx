import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { filterCommitments } from '../../data/filter-commitments';
import { indexDataset } from '../../data/index-dataset';
import { fixtureDataset, SHOW_EVERYTHING } from '../../testing/test-fixture';
import { DEFAULT_VIEW, type View } from '../../state/view';
import { ExportPanel } from './ExportPanel';

const lookups = indexDataset(fixtureDataset);

function renderPanel(changes: Partial<View>) {
  const view = { ...DEFAULT_VIEW, ...changes };
  // As the page does: the comparison passes the commitments of every meeting.
  const commitments = filterCommitments(
    fixtureDataset,
    view.mode === 'compare' ? { ...view, meetings: [] } : view,
  );
  return render(
    <ExportPanel
      dataset={fixtureDataset}
      view={view}
      commitments={commitments}
      lookups={lookups}
    />,
  );
}

/** What the page hands to the browser's downloads. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

const ALL = SHOW_EVERYTHING.confidence as View['confidence'];

beforeEach(() => {
  window.history.replaceState(null, '', '/?domains=semiconductors');
});

describe('ExportPanel', () => {
  it('says how many commitments it will export', () => {
    renderPanel({ domains: ['semiconductors'], confidence: ALL });
    const panel = screen.getByRole('region', { name: 'Export and cite' });
    expect(panel).toHaveTextContent('3 commitments match the current filters.');
    expect(within(panel).getByRole('button', { name: 'Download CSV' })).toBeEnabled();
    expect(within(panel).getByRole('button', { name: 'Download JSON' })).toBeEnabled();
  });

  it.each<[string, Partial<View>, string]>([
    ['one commitment', { meetings: ['dpc1'] }, '1 commitment matches the current filters.'],
    [
      'a comparison: the two compared meetings',
      { mode: 'compare', compare: ['dpc1', 'dpc4'], meetings: ['dpc2'] },
      '1 commitment of the two compared meetings matches the current filters.',
    ],
    [
      'in Japanese',
      { lang: 'ja', confidence: ALL },
      '現在の絞り込み条件に該当する合意事項は3件です。',
    ],
  ])('%s', (_, changes, text) => {
    renderPanel(changes);
    const name = changes.lang === 'ja' ? 'エクスポートと引用' : 'Export and cite';
    expect(screen.getByRole('region', { name })).toHaveTextContent(text);
  });

  it('offers nothing to download when no commitment matches', () => {
    renderPanel({ q: 'nothing matches this' });
    expect(screen.getByText(/there is nothing to export/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy citation' })).toBeEnabled();
  });

  it('downloads a CSV of every commitment, with the filters, version, licence and address', async () => {
    const files = captureDownloads();
    renderPanel({ domains: ['semiconductors'], confidence: ALL });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const [file] = files;
    expect(file!.name).toMatch(
      /^eu-japan-digital-partnership-semiconductors-official-reported-unverified-disputed-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(file!.blob.type).toBe('text/csv;charset=utf-8');
    const text = await file!.blob.text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^id,title_en,title_ja,/);
    const rows = Papa.parse<{ id: string }>(text, { header: true, skipEmptyLines: true });
    expect(rows.data.map((row) => row.id)).toEqual([
      'chip-memorandum',
      'ai-talks',
      'chip-team-claim',
    ]);
    expect(screen.getByText(`Downloaded ${file!.name}.`)).toHaveAttribute('role', 'status');
  });

  it('downloads the CSV’s metadata: the filters, version, licence and address', async () => {
    const files = captureDownloads();
    renderPanel({ domains: ['semiconductors'], confidence: ALL });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV metadata' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const [file] = files;
    expect(file!.name).toMatch(
      /^eu-japan-digital-partnership-semiconductors-official-reported-unverified-disputed-\d{4}-\d{2}-\d{2}\.metadata\.json$/,
    );
    const { meta } = JSON.parse(await file!.blob.text());
    expect(meta).toMatchObject({
      dataset: { version: '2.0.1', licence: 'CC-BY-4.0' },
      url: 'http://localhost:3000/?domains=semiconductors&confidence=official,reported,unverified,disputed',
      count: 3,
    });
  });

  it('downloads JSON with a meta block', async () => {
    const files = captureDownloads();
    renderPanel({ mode: 'compare', compare: ['dpc2', 'dpc1'], statuses: ['in-progress'] });
    await userEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const parsed = JSON.parse(await files[0]!.blob.text());
    expect(parsed.meta).toMatchObject({
      view: 'compare',
      compare: ['dpc2', 'dpc1'],
      count: 1,
      filters: { meetings: ['dpc2', 'dpc1'], status: ['in-progress'] },
      title:
        'Comparison of Council 2 (Brussels 2024) and Council 1 (Tokyo 2023) (status: In progress)',
    });
    expect(parsed.commitments.map((c: { id: string }) => c.id)).toEqual(['chip-memorandum']);
    // How far it got, step by step, with the evidence of each step.
    expect(parsed.commitments[0]).toMatchObject({
      status: 'in-progress',
      claims: null,
      steps: [
        { date: '2023-07-04', status: 'signed' },
        { date: '2025-01-10', status: 'in-progress', event: 'chip-call' },
      ],
    });
  });

  it('shows the citation and copies it and the BibTeX entry', async () => {
    const user = userEvent.setup();
    renderPanel({ domains: ['semiconductors'] });
    const citation = document.getElementById('citation-text')!;
    expect(citation).toHaveTextContent(
      /^Fixture tracker, dataset v2\.0\.1 \(updated 15 January 2026\): “Commitments on Semiconductors”\. http:\/\/localhost:3000\/\?domains=semiconductors \(accessed \d{1,2} \w+ \d{4}\)\. Licence: CC-BY-4\.0\.$/,
    );
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(await navigator.clipboard.readText()).toBe(citation.textContent);
    expect(screen.getByText('Citation copied.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    const entry = await navigator.clipboard.readText();
    expect(entry).toMatch(/^@misc\{eujapandp-v2-0-1-[0-9a-f]{8},/);
    expect(entry).toContain(
      'howpublished = {\\url{http://localhost:3000/?domains=semiconductors}}',
    );
    expect(entry).toContain('title = {{Commitments on Semiconductors}}');

    await user.click(screen.getByRole('button', { name: 'Copy RIS' }));
    const record = (await navigator.clipboard.readText()).split('\n');
    expect(record[0]).toBe('TY  - DATA');
    expect(record).toContain('UR  - http://localhost:3000/?domains=semiconductors');
    expect(record).toContain('ET  - 2.0.1');
    expect(record.at(-1)).toBe('ER  - ');
    expect(screen.getByText('RIS copied.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Copy CSL-JSON' }));
    const [item] = JSON.parse(await navigator.clipboard.readText());
    expect(item).toMatchObject({
      type: 'dataset',
      version: '2.0.1',
      URL: 'http://localhost:3000/?domains=semiconductors',
      title: 'Commitments on Semiconductors',
    });
    expect(item.accessed['date-parts'][0]).toHaveLength(3);
  });

  it('cites the view in Japanese on the Japanese page', () => {
    renderPanel({ domains: ['semiconductors'], lang: 'ja' });
    expect(document.getElementById('citation-text')).toHaveTextContent(
      /^テスト用トラッカー「半導体に関する合意事項」データセット バージョン2\.0\.1（2026年1月15日更新）、/,
    );
    expect(screen.getByRole('button', { name: '引用文をコピー' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'BibTeXをコピー' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'RISをコピー' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'CSL-JSONをコピー' })).toBeVisible();
  });
});
