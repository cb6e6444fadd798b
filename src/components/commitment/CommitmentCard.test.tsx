import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../data/index-dataset';
import { MAX_TITLE_CHARACTERS } from '../../i18n/shorten-text';
import { useViewStore } from '../../state/view-store';
import { cloneFixture, fixtureDataset } from '../../testing/test-fixture';
import { CommitmentCard } from './CommitmentCard';

const lookups = indexDataset(fixtureDataset);
const commitment = fixtureDataset.commitments.find((c) => c.id === 'ai-talks')!;

function search(q: string, lang: 'en' | 'ja' = 'en') {
  useViewStore.setState({ view: { ...useViewStore.getState().view, q, lang } });
}

const marks = () => [...document.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('CommitmentCard and a search', () => {
  it('marks the words searched for in the title and the summary', () => {
    search('talks');
    render(<CommitmentCard commitment={commitment} lookups={lookups} lang="en" />);
    expect(marks()).toEqual(['Talks', 'talks']);
    expect(screen.getByRole('link', { name: 'Talks on AI rules' })).toBeInTheDocument();
  });

  it('marks nothing without a search', () => {
    search('');
    render(<CommitmentCard commitment={commitment} lookups={lookups} lang="en" />);
    expect(marks()).toEqual([]);
  });

  it('marks a Japanese title', () => {
    search('ＡＩ', 'ja');
    const ja = { ...commitment, title: { ...commitment.title, ja: 'AIのルールに関する対話' } };
    render(<CommitmentCard commitment={ja} lookups={lookups} lang="ja" />);
    expect(marks()[0]).toBe('AI');
  });

  it('still shortens a long title, marking what is shown of it', () => {
    search('long');
    const title = `${'long '.repeat(200)}end`;
    const long = { ...commitment, title: { en: title, ja: title } };
    render(<CommitmentCard commitment={long} lookups={lookups} lang="en" />);
    const heading = screen.getByRole('heading');
    expect(heading.textContent).toHaveLength(MAX_TITLE_CHARACTERS + 1);
    expect(heading.textContent!.endsWith('…')).toBe(true);
    expect(heading.querySelectorAll('mark').length).toBe(MAX_TITLE_CHARACTERS / 5);
  });
});

describe('CommitmentCard and the commitments its prose names by id', () => {
  it('links the summary and the confidence note to them by title', () => {
    search('');
    const dataset = cloneFixture();
    const claim = dataset.commitments.find((c) => c.id === 'chip-team-claim')!;
    claim.summary = 'A claim about chip-memorandum.';
    claim.confidenceNote = 'The talks are recorded separately (ai-talks).';
    render(<CommitmentCard commitment={claim} lookups={indexDataset(dataset)} lang="en" />);
    const card = screen.getByRole('article', { name: 'Claim: team assembled' });
    expect(card).toHaveTextContent('A claim about “Chip memorandum signed”.');
    expect(card).toHaveTextContent('recorded separately (“Talks on AI rules”).');
    expect(screen.getByRole('link', { name: 'Chip memorandum signed' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Talks on AI rules' })).toBeInTheDocument();
  });
});
