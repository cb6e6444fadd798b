import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { indexDataset } from '../data/index-dataset';
import { DEFAULT_VIEW } from '../state/view';
import { useViewStore } from '../state/view-store';
import { fixtureDataset } from '../testing/test-fixture';
import { itemHref } from './commitment/item-link';
import { ProseText } from './ProseText';

const { commitments } = indexDataset(fixtureDataset);

beforeEach(() => {
  useViewStore.setState({ view: { ...DEFAULT_VIEW } });
});

describe('ProseText naming a commitment by its id', () => {
  it('shows the title, quoted, as a link to the commitment', () => {
    render(
      <ProseText value="Talks followed (see ai-talks)." lang="en" commitments={commitments} />,
    );
    const link = screen.getByRole('link', { name: 'Talks on AI rules' });
    expect(link).toHaveAttribute('href', itemHref('ai-talks', 'en'));
    expect(screen.getByRole('paragraph')).toHaveTextContent(
      /^Talks followed \(see “Talks on AI rules”\)\.$/,
    );
  });

  it('opens the commitment in place on a plain click', async () => {
    render(<ProseText value="(chip-team-claim)" lang="en" commitments={commitments} />);
    await userEvent.click(screen.getByRole('link', { name: 'Claim: team assembled' }));
    expect(useViewStore.getState().view.item).toBe('chip-team-claim');
  });

  it('leaves an id of no commitment of the dataset as written', () => {
    render(
      <ProseText
        value="Recorded apart (see chip-unknown-team), as the event chip-call."
        lang="en"
        commitments={commitments}
      />,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('paragraph')).toHaveTextContent(
      /^Recorded apart \(see chip-unknown-team\), as the event chip-call\.$/,
    );
  });

  it('marks the words searched for in the text around the link', () => {
    render(
      <ProseText
        value="Talks on chips (see ai-talks); talks again."
        lang="en"
        query="talks"
        commitments={commitments}
      />,
    );
    const marks = [...document.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['Talks', 'talks']);
    expect(screen.getByRole('link', { name: 'Talks on AI rules' })).toBeInTheDocument();
  });

  it('gives the Japanese page the Japanese title, marked, in prose the dataset has in English only', () => {
    render(<ProseText value="Followed by ai-talks." lang="ja" commitments={commitments} />);
    const link = screen.getByRole('link', { name: 'AIルールの協議' });
    expect(link).toHaveAttribute('href', itemHref('ai-talks', 'ja'));
    expect(link.firstElementChild).toHaveAttribute('lang', 'ja');
    expect(screen.getByRole('paragraph')).toHaveAttribute('lang', 'en');
  });

  it('quotes the title in Japanese prose with 「」', () => {
    render(
      <ProseText
        value={{ en: 'See ai-talks.', ja: '（ai-talksを参照）' }}
        lang="ja"
        commitments={commitments}
      />,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent(/^（「AIルールの協議」を参照）$/);
    expect(
      screen.getByRole('link', { name: 'AIルールの協議' }).firstElementChild,
    ).not.toHaveAttribute('lang');
  });
});
