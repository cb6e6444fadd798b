import { catalog } from '../i18n/catalog';

export const MESSAGES = catalog(
  {
    problemsFound: (count: number, formatted: string) =>
      count === 1 ? '1 problem was found:' : `${formatted} problems were found:`,
    moreProblems: (count: string) => `…and ${count} more.`,
  },
  {
    problemsFound: (_count: number, formatted: string) => `${formatted}件の問題が見つかりました：`,
    moreProblems: (count: string) => `…ほか${count}件`,
  },
);
