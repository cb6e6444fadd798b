import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../data/schema';
import { cloneFixture, fixtureDataset } from '../../testing/test-fixture';
import type { Language } from '../../data/vocabulary';
import AboutPage from './AboutPage';

function renderAbout(dataset: Dataset = fixtureDataset, lang: Language = 'en') {
  return render(<AboutPage dataset={dataset} lang={lang} />);
}

describe('AboutPage', () => {
  it('is organised under headings a reader can jump between', () => {
    renderAbout();
    expect(screen.getByRole('heading', { level: 2, name: 'About the data' })).toBeInTheDocument();
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual([
      'Version and licence',
      'Where the data comes from',
      'How sure each claim is',
      'How the data is organised',
      'Sources (3)',
      'Corrections to the articles the research started from',
      'Report a correction',
    ]);
  });

  it('gives the version, date and licence of the dataset loaded', () => {
    const data = cloneFixture();
    data.meta.version = '4.5.6';
    data.meta.lastUpdated = '2027-03-09';
    renderAbout(data);
    const facts = screen.getByRole('region', { name: 'Version and licence' });
    expect(within(facts).getByText('4.5.6')).toBeInTheDocument();
    expect(within(facts).getByText('9 March 2027')).toHaveAttribute('datetime', '2027-03-09');
    expect(within(facts).getByText('Fixture tracker')).toBeInTheDocument();
    expect(
      within(facts).getByRole('link', { name: /CC BY 4\.0.*opens in a new tab/ }),
    ).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    expect(
      within(facts).getByText('3 commitments, 3 meetings, 2 threads, 3 sources'),
    ).toBeVisible();
  });

  it('counts the commitments at each confidence level', () => {
    renderAbout();
    const levels = screen.getByRole('region', { name: 'How sure each claim is' });
    expect(within(levels).getByText('Official').nextElementSibling).toHaveTextContent(
      '1 commitment in this dataset',
    );
    expect(within(levels).getByText('Unverified').nextElementSibling).toHaveTextContent(
      '0 commitments in this dataset',
    );
    expect(levels).toHaveTextContent('hidden by default');
  });

  it('lists every source by group, with its link and how many commitments cite it', () => {
    renderAbout();
    const official = screen.getByRole('list', { name: 'Official sources (1)' });
    const release = within(official).getByRole('listitem');
    expect(within(release).getByRole('link', { name: /Official release/ })).toHaveAttribute(
      'href',
      'https://example.go.jp/release',
    );
    expect(release).toHaveTextContent('Ministry');
    expect(release).toHaveTextContent(/Ministry\s*official/);
    expect(release).toHaveTextContent('cited by 2 commitments');

    const news = screen.getByRole('list', { name: 'News reports (1)' });
    expect(within(news).getByRole('listitem')).toHaveTextContent('cited by 1 commitment');

    const leads = screen.getByRole('list', { name: /^Leads only/ });
    const opinion = within(leads).getByRole('listitem');
    expect(within(opinion).queryByRole('link')).not.toBeInTheDocument();
    expect(opinion).toHaveTextContent('An opinion');
    expect(opinion).toHaveTextContent('commentary');
    expect(opinion).toHaveTextContent('no web address recorded');
  });

  it('opens every source link in a new tab, without a hold on this page', () => {
    renderAbout();
    for (const link of within(screen.getByRole('region', { name: 'Sources (3)' })).getAllByRole(
      'link',
    )) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });

  it.each<[Language, string | null, string | null]>([
    ['en', 'ja', null],
    ['ja', null, 'en'],
  ])(
    'marks source titles by their script on the %s page: Japanese %s, Latin %s',
    (lang, japaneseTitle, latinTitle) => {
      const data = cloneFixture();
      data.sources.push(
        { ...data.sources[0]!, id: 'ja-latin', title: 'Press conference', language: 'ja' },
        { ...data.sources[0]!, id: 'ja-kana', title: '記者会見', language: 'ja' },
      );
      renderAbout(data, lang);
      expect(screen.getByText('Press conference').getAttribute('lang')).toBe(latinTitle);
      expect(screen.getByText('記者会見').getAttribute('lang')).toBe(japaneseTitle);
    },
  );

  it('says so when the dataset corrects none of the articles it started from', () => {
    renderAbout();
    const section = screen.getByRole('region', {
      name: 'Corrections to the articles the research started from',
    });
    expect(section).toHaveTextContent('This dataset records no corrections');
    expect(within(section).queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('lists each correction by meeting: the article, its claim, the finding and the quotes', () => {
    const data = cloneFixture();
    data.meetings.find((meeting) => meeting.id === 'dpc2')!.corrections = [
      {
        claim: 'A team was assembled.',
        source: 'commentary',
        finding: { en: 'It is still to be set up.', ja: 'まだ設置されていない。' },
        evidence: [{ source: 'official-release', quote: 'decided to set up a team' }],
      },
    ];
    data.meetings.find((meeting) => meeting.id === 'dpc1')!.corrections = [
      {
        claim: 'Nothing was signed.',
        source: 'news-report',
        finding: 'A memorandum was signed.',
        evidence: [{ source: 'official-release', quote: 'signed a memorandum on semiconductors' }],
      },
    ];
    renderAbout(data);
    const section = screen.getByRole('region', {
      name: 'Corrections to the articles the research started from',
    });
    expect(
      within(section)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['1st Council (3 July 2023)', '2nd Council (30 April 2024)']);
    const [item] = within(
      within(section).getByRole('list', { name: '2nd Council (30 April 2024)' }),
    ).getAllByRole('listitem');
    const terms = within(item!)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual(['The article says', 'The official sources say', 'Evidence']);
    const [claim, finding, evidence] = within(item!).getAllByRole('definition');
    expect(claim).toHaveTextContent('A team was assembled.');
    expect(claim).toHaveTextContent('Article: An opinion — Blog');
    expect(finding).toHaveTextContent('It is still to be set up.');
    expect(within(evidence!).getByRole('list', { name: 'Evidence' })).toHaveTextContent(
      '“decided to set up a team”',
    );
    expect(within(evidence!).getByRole('link', { name: 'Official release' })).toHaveAttribute(
      'href',
      'https://example.go.jp/release#:~:text=decided%20to%20set%20up%20a%20team',
    );
  });

  it('names no corrections address the dataset does not give', () => {
    renderAbout();
    const corrections = screen.getByRole('region', { name: 'Report a correction' });
    expect(within(corrections).queryByRole('link')).not.toBeInTheDocument();
    expect(corrections).toHaveTextContent('names no address for corrections');
    expect(corrections).toHaveTextContent('?item=');
  });

  it.each([
    ['https://example.org/corrections', 'https://example.org/corrections'],
    ['fix@example.org', 'mailto:fix@example.org'],
  ])('links to the corrections contact %s', (contact, href) => {
    const data = cloneFixture();
    data.meta.corrections = contact;
    renderAbout(data);
    const corrections = screen.getByRole('region', { name: 'Report a correction' });
    expect(within(corrections).getByRole('link', { name: contact })).toHaveAttribute('href', href);
  });

  it('speaks Japanese, marking the English the dataset is written in', () => {
    renderAbout(fixtureDataset, 'ja');
    expect(screen.getByRole('heading', { level: 2, name: 'データについて' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '出典一覧（3件）' })).toBeInTheDocument();
    expect(screen.getByText('テスト用トラッカー')).toBeInTheDocument();
    expect(screen.getByText('2026年1月15日')).toBeInTheDocument();
    const official = screen.getByRole('list', { name: '公式の出典（1件）' });
    expect(within(official).getByText('Ministry')).toHaveAttribute('lang', 'en');
    expect(within(official).getByText('Official release')).toHaveAttribute('lang', 'en');
    expect(official).toHaveTextContent('2件の合意事項が引用');
    expect(official).toHaveTextContent(/Ministry\s*公式/);
    expect(screen.getByText('CC BY 4.0')).toHaveAttribute('lang', 'en');
  });
});
