import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { indexDataset } from '../../data/index-dataset';
import { fixtureDataset } from '../../testing/test-fixture';
import { DEFAULT_VIEW } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { CitePanel } from './CitePanel';
import { CitedRelease } from '../../components/cited-release';

const lookups = indexDataset(fixtureDataset);
const commitment = lookups.commitments.get('chip-memorandum')!;

beforeEach(() => {
  useViewStore.setState({ view: { ...DEFAULT_VIEW, item: commitment.id } });
});

/** What the copy button labelled `name` put on the clipboard. */
async function copied(name: string): Promise<string> {
  const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
  await userEvent.click(screen.getByRole('button', { name }));
  expect(writeText).toHaveBeenCalledTimes(1);
  return writeText.mock.calls[0]![0];
}

describe('CitePanel', () => {
  it('offers RIS and CSL-JSON beside the text and BibTeX', () => {
    render(
      <CitePanel dataset={fixtureDataset} commitment={commitment} lookups={lookups} lang="en" />,
    );
    const cite = screen.getByRole('region', { name: 'Cite this commitment' });
    for (const name of ['Copy citation', 'Copy BibTeX', 'Copy RIS', 'Copy CSL-JSON']) {
      expect(within(cite).getByRole('button', { name })).toBeInTheDocument();
    }
    expect(within(cite).getByText('RIS')).toBeInTheDocument();
    expect(within(cite).getByText('CSL-JSON')).toBeInTheDocument();
  });

  it('shows a format once its fold is opened', async () => {
    const { container } = render(
      <CitePanel dataset={fixtureDataset} commitment={commitment} lookups={lookups} lang="en" />,
    );
    expect(container.querySelector('#commitment-ris')).toBeNull();
    // Opened as a browser opens it: the fold opens, then the toggle event follows.
    const fold = screen.getByText('RIS').closest('details')!;
    fold.open = true;
    fireEvent(fold, new Event('toggle'));
    expect(container.querySelector('#commitment-ris')?.textContent).toMatch(/^TY {2}- DATA\n/);
  });

  it('copies a RIS record of the commitment, with its permalink pinned to the release shown', async () => {
    useViewStore.setState({ view: { ...DEFAULT_VIEW, item: commitment.id, version: '1.1.0' } });
    render(
      <CitedRelease value="1.1.0">
        <CitePanel dataset={fixtureDataset} commitment={commitment} lookups={lookups} lang="en" />
      </CitedRelease>,
    );
    const record = await copied('Copy RIS');
    expect(record.split('\n')[0]).toBe('TY  - DATA');
    expect(record).toContain(`TI  - ${commitment.title.en}`);
    expect(record).toMatch(
      /^UR {2}- http:\/\/localhost(:\d+)?\/\?item=chip-memorandum&v=1\.1\.0$/m,
    );
    expect(record.endsWith('\nER  - ')).toBe(true);
  });

  it('names no release for a reader’s own file, whatever release the address names', async () => {
    useViewStore.setState({ view: { ...DEFAULT_VIEW, item: commitment.id, version: '1.1.0' } });
    // No release provided: the page shows a reader's own file.
    render(
      <CitePanel dataset={fixtureDataset} commitment={commitment} lookups={lookups} lang="en" />,
    );
    expect(await copied('Copy RIS')).toMatch(
      /^UR {2}- http:\/\/localhost(:\d+)?\/\?item=chip-memorandum$/m,
    );
  });

  it('copies CSL-JSON in Japanese on the Japanese page', async () => {
    render(
      <CitePanel dataset={fixtureDataset} commitment={commitment} lookups={lookups} lang="ja" />,
    );
    const [item] = JSON.parse(await copied('CSL-JSONをコピー'));
    expect(item.title).toBe(commitment.title.ja);
    expect(item.version).toBe(fixtureDataset.meta.version);
    expect(new URL(item.URL).search).toBe('?lang=ja&item=chip-memorandum');
  });
});
