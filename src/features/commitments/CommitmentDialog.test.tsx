import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../../data/index-dataset';
import { cloneFixture, fixtureDataset } from '../../testing/test-fixture';
import { DEFAULT_VIEW } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import type { Dataset } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { commitmentOrder } from '../../data/order';
import { CommitmentDialog } from './CommitmentDialog';

const lookups = indexDataset(fixtureDataset);
const list = fixtureDataset.commitments.filter((c) => c.id !== 'chip-team-claim');

function ConnectedDialog({
  lang = 'en',
  dataset = fixtureDataset,
}: {
  lang?: Language;
  dataset?: Dataset;
}) {
  const item = useViewStore((state) => state.view.item);
  const lookups = indexDataset(dataset);
  return (
    <CommitmentDialog
      dataset={dataset}
      commitment={item ? lookups.commitments.get(item) : undefined}
      lookups={lookups}
      lang={lang}
      list={list}
      sort="oldest"
    />
  );
}

const ids = [...list].sort(commitmentOrder('oldest', lookups.meetings)).map((c) => c.id);

beforeEach(() => {
  useViewStore.setState({ view: { ...DEFAULT_VIEW, item: ids[0]! } });
});

describe('CommitmentDialog', () => {
  it('has Close, Copy link and Cite in its header', () => {
    render(<ConnectedDialog />);
    const actions = screen.getByRole('group', { name: 'This commitment' });
    expect(within(actions).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Cite' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('cites the commitment as text and BibTeX, naming the dataset version', async () => {
    render(<ConnectedDialog />);
    await userEvent.click(screen.getByRole('button', { name: 'Cite' }));
    const cite = screen.getByRole('region', { name: 'Cite this commitment' });
    expect(cite).toHaveTextContent('dataset v2.0.1');
    expect(cite).toHaveTextContent(`@misc{eujapandp-v2-0-1-${ids[0]},`);
    expect(within(cite).getByRole('button', { name: 'Copy BibTeX' })).toBeInTheDocument();
  });

  it('moves to the next and previous commitment of the list order', async () => {
    render(<ConnectedDialog />);
    const steps = screen.getByRole('group', { name: 'Move through the list' });
    expect(within(steps).getByRole('button', { name: '← Previous' })).toBeDisabled();
    expect(steps).toHaveTextContent(`1 of ${ids.length} in the list`);
    await userEvent.click(within(steps).getByRole('button', { name: 'Next →' }));
    expect(useViewStore.getState().view.item).toBe(ids[1]);
    await userEvent.click(within(steps).getByRole('button', { name: '← Previous' }));
    expect(useViewStore.getState().view.item).toBe(ids[0]);
  });

  it('shows every quote in the dialog, with no disclosure', () => {
    useViewStore.setState({ view: { ...DEFAULT_VIEW, item: 'chip-team-claim' } });
    render(<ConnectedDialog />);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).queryByText(/more quote/)).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('a team has been assembled');
    expect(dialog).toHaveTextContent('decided to set up a team');
    // Not in the list: no Previous or Next.
    expect(screen.queryByRole('group', { name: 'Move through the list' })).not.toBeInTheDocument();
  });

  it('speaks Japanese', async () => {
    render(<ConnectedDialog lang="ja" />);
    expect(screen.getByRole('button', { name: 'リンクをコピー' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '引用' }));
    expect(screen.getByRole('region', { name: 'この合意事項を引用する' })).toHaveTextContent(
      'バージョン2.0.1',
    );
  });

  it('shows a commitment a step note names by id as a link with its title, which opens it', async () => {
    const dataset = cloneFixture();
    dataset.commitments[0]!.steps![1]!.note = {
      en: 'A joint call opened (see chip-team-claim).',
      ja: '共同公募を開始(「主張:チーム発足」の項目を参照)。',
    };
    // A quote is the source's words: an id in it stays as the source wrote it.
    dataset.commitments[0]!.steps![1]!.evidence![0]!.quote = 'a joint call opened with ai-talks';
    useViewStore.setState({ view: { ...DEFAULT_VIEW, item: 'chip-memorandum' } });
    render(<ConnectedDialog dataset={dataset} />);
    const steps = screen.getByRole('region', { name: 'How far it got' });
    expect(steps).toHaveTextContent('A joint call opened (see “Claim: team assembled”).');
    expect(steps).not.toHaveTextContent('chip-team-claim');
    expect(steps).toHaveTextContent('“a joint call opened with ai-talks”');
    expect(within(steps).queryByRole('link', { name: 'Talks on AI rules' })).toBeNull();
    await userEvent.click(within(steps).getByRole('link', { name: 'Claim: team assembled' }));
    expect(useViewStore.getState().view.item).toBe('chip-team-claim');
    expect(screen.getByRole('dialog', { name: 'Claim: team assembled' })).toBeInTheDocument();
  });
});
