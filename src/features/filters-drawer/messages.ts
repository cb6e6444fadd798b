import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  {
    heading: 'Filters',
    close: 'Close',
    showCommitments: (count: number, formatted: string) =>
      count === 1 ? 'Show 1 commitment' : `Show ${formatted} commitments`,
    showComparison: 'Show the comparison',
    showChanges: 'Show the changes',
    showResults: 'Show the results',
  },
  {
    heading: '絞り込み',
    close: '閉じる',
    showCommitments: (_count: number, formatted: string) => `${formatted}件を表示`,
    showComparison: '比較結果を表示',
    showChanges: '変更点を表示',
    showResults: '結果を表示',
  },
);
