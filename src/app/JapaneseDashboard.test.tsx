import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cloneFixture, fixtureDataset } from '../testing/test-fixture';
import { LATIN_NAMES_IN_JAPANESE, untranslatedText } from '../i18n/untranslated-text';
import { renderAt, serve } from '../testing/test-app';

// "No English left on the Japanese screen": every text node and every aria-label, alt, title and
// placeholder, hidden or shown, is Japanese, unless it sits in an element marked with another
// language (a quote, a source's English title, the dataset's English summaries) or is a name in
// LATIN_NAMES_IN_JAPANESE.

function expectNoEnglish() {
  expect(untranslatedText(document.body, LATIN_NAMES_IN_JAPANESE)).toEqual([]);
}

const EVERYTHING = 'confidence=official,reported,unverified,disputed';

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.lang = 'en';
});

describe('the Japanese dashboard', () => {
  it('shows the overview, its notices, figures, table, charts and list in Japanese', async () => {
    serve(fixtureDataset);
    renderAt(`/?meetings=dpc9&colour=red&${EVERYTHING}&lang=ja`);
    expect(await screen.findByRole('article', { name: '半導体覚書に署名' })).toBeVisible();
    expect(await screen.findByText(/^表示中の3回の会合のうち/)).toBeVisible();
    expect(document.documentElement.lang).toBe('ja');
    // The view names itself in the tab's title.
    expect(document.title).toBe(
      'すべての合意事項（未確認・疑義のある情報を含む） – 日EUデジタルパートナーシップ・トラッカー',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      '閣僚級会合ごとに見る日EUの合意事項',
    );
    const notice = screen
      .getByText('リンクの一部を反映できませんでした。')
      .closest('[role="status"]')!;
    expect(notice).toHaveTextContent('不明な設定「colour」を無視しました。');
    expect(notice).toHaveTextContent('このデータセットにない会合「dpc9」を無視しました。');
    expect(screen.getByRole('checkbox', { name: '半導体（3）' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: '半導体覚書に署名' })).toHaveTextContent(
      '2023年7月4日',
    );
    // Drawn by recharts in the page: axis ticks and legends.
    expect(document.querySelector('.recharts-surface')).not.toBeNull();
    expectNoEnglish();
  });

  it('shows the comparison in Japanese', async () => {
    serve(fixtureDataset);
    renderAt(`/?${EVERYTHING}&view=compare&lang=ja`);
    expect(await screen.findByRole('heading', { name: '会合の比較' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: '比較元の会合' })).toHaveValue('dpc1');
    expect(document.getElementById('compare-summary-text')).toHaveTextContent(
      '第1回閣僚級会合（東京 2023年） → 第2回閣僚級会合（ブリュッセル 2024年）：取組のうち新規1件、進展0件、継続0件、後の会合より前に最後の記録1件。',
    );
    expect(screen.getByRole('region', { name: '比較先で新規（1件）' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: '比較先より前に最後の記録（1件）' })).getByRole(
        'rowheader',
        { name: /^半導体/ },
      ),
    ).toHaveTextContent(/最後の記録：第1回閣僚級会合（東京 2023年）。当時の状況：/);
    expectNoEnglish();
  });

  it('shows an opened commitment, its evidence and its thread in Japanese', async () => {
    serve(fixtureDataset);
    renderAt(`/?${EVERYTHING}&lang=ja&item=chip-team-claim`);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { name: '取組：半導体' })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: '閉じる' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('反証：');
    // English quotes and the dataset's English prose stay, marked as English.
    expect(within(dialog).getByText('decided to set up a team').closest('[lang]')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(within(dialog).getByText('A claim.')).toHaveAttribute('lang', 'en');
    expectNoEnglish();
  });

  it('shows the page about the data, its sources and corrections, in Japanese', async () => {
    const data = cloneFixture();
    data.meta.corrections = 'https://example.org/corrections';
    data.meetings.find((meeting) => meeting.id === 'dpc1')!.corrections = [
      {
        claim: 'A team was assembled.',
        source: 'commentary',
        finding: { en: 'The team is still to be set up.', ja: 'チームはまだ設置されていない。' },
        evidence: [{ source: 'official-release', quote: 'decided to set up a team' }],
      },
    ];
    serve(data);
    renderAt('/?view=about&lang=ja');
    expect(await screen.findByRole('heading', { level: 2, name: 'データについて' })).toBeVisible();
    const corrections = screen.getByRole('region', { name: '調査の出発点とした記事の訂正' });
    // The dataset's English prose stays, marked as English; its Japanese is used where it has one.
    expect(within(corrections).getByText('A team was assembled.')).toHaveAttribute('lang', 'en');
    expect(within(corrections).getByText('チームはまだ設置されていない。')).not.toHaveAttribute(
      'lang',
    );
    expect(
      within(corrections).getByText('decided to set up a team').closest('[lang]'),
    ).toHaveAttribute('lang', 'en');
    expectNoEnglish();
  });

  it('says in Japanese that the dataset could not be loaded, with its problems', async () => {
    const broken = cloneFixture();
    broken.commitments[1]!.meeting = 'dpc9';
    serve(broken);
    renderAt('/?lang=ja');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(
      'データセットを読み込めませんでした',
    );
    expect(alert).toHaveTextContent('データセットはデータセットのスキーマに沿っていません。');
    expect(alert).toHaveTextContent('1件の問題が見つかりました：');
    expect(within(alert).getByRole('button', { name: '再試行' })).toBeInTheDocument();
    expectNoEnglish();
  });

  it('says in Japanese that the server has no dataset', async () => {
    serve('Not Found', { status: 404, statusText: 'Not Found' });
    renderAt('/?lang=ja');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'データセットがサーバー上に見つかりませんでした（ステータスコード 404）。',
    );
    expectNoEnglish();
  });

  it('opens a reader’s own file, refuses a broken one and copies a link, in Japanese', async () => {
    serve(fixtureDataset);
    renderAt('/?lang=ja');
    await screen.findByRole('article', { name: '半導体覚書に署名' });
    const input = screen.getByLabelText('データセットファイル');

    await userEvent.upload(input, new File(['{"meta": 1}'], 'broken.json'));
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('「broken.json」を開けませんでした');
    expectNoEnglish();
    await userEvent.click(within(refusal).getByRole('button', { name: '閉じる' }));

    await userEvent.upload(input, new File([JSON.stringify(fixtureDataset)], 'mine.json'));
    expect(await screen.findByText(/お手元のファイル/)).toHaveTextContent(
      'お手元のファイル「mine.json」（合意事項3件）を表示しています。',
    );

    // jsdom has no clipboard: the copy falls back to showing the address to select.
    await userEvent.click(screen.getByRole('button', { name: 'リンクをコピー' }));
    expect(await screen.findByText(/コピーが許可されていません/)).toBeInTheDocument();
    expectNoEnglish();
  });
});
