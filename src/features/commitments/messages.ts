import { catalog } from '../../i18n/catalog';
import type { SortOrder } from '../../data/order';

export const MESSAGES = catalog(
  {
    heading: 'Commitments',
    count: (count: number, formatted: string, order: string) =>
      `${count === 1 ? '1 commitment' : `${formatted} commitments`}, ${order}.`,
    sortLabel: 'Order',
    sorts: {
      newest: 'newest first',
      oldest: 'oldest first',
      meeting: 'by meeting',
      domain: 'by domain',
    } satisfies Record<SortOrder, string>,
    /** Follows the count, as a second sentence, before the button that shows them. */
    hidden: (count: number, formatted: string) =>
      ` ${formatted} unverified or disputed ${count === 1 ? 'claim is' : 'claims are'} hidden. `,
    showThem: 'Show them',
    /** Said once where the dataset's prose is not in the page's language. */
    proseLanguage:
      'Some summaries and notes exist in English only; quotes are given as the sources wrote them.',
    quotesAsWritten: 'Quotes are given as the sources wrote them.',
    none: 'No commitment matches these filters.',
    clearFilters: 'Clear all filters',
    /** Listed a page at a time: "Showing 20 of 68 commitments." */
    noun: 'commitments',
    permalink: 'Permalink to this commitment',
    close: 'Close',
    actions: 'This commitment',
    steps: 'Move through the list',
    previous: '← Previous',
    next: 'Next →',
    position: (position: string, total: string) => `${position} of ${total} in the list`,
    copyLink: 'Copy link',
    linkCopied: 'Link copied.',
    cite: 'Cite',
    citeHeading: 'Cite this commitment',
    citeText: 'Text',
    bibtex: 'BibTeX',
    copyCitation: 'Copy citation',
    copyBibtex: 'Copy BibTeX',
    /** The formats that reference managers (Zotero, EndNote, Mendeley) import. */
    referenceManagers: 'For reference managers',
    copyRis: 'Copy RIS',
    copyCslJson: 'Copy CSL-JSON',
    citationCopied: 'Copied.',
    thread: (title: string) => `Thread: ${title}`,
    stepFacts: (status: string, confidence: string) => `(${status}, ${confidence})`,
    /** Listed a page at a time: "Showing 20 of 20,000 commitments of this thread." */
    threadNoun: 'commitments of this thread',
    earlierOmitted: (count: number, formatted: string) =>
      count === 1
        ? 'One earlier commitment of this thread is not listed.'
        : `${formatted} earlier commitments of this thread are not listed.`,
  },
  {
    heading: '合意事項',
    count: (_count: number, formatted: string, order: string) =>
      `合意事項${formatted}件（${order}）。`,
    sortLabel: '並び順',
    sorts: {
      newest: '新しい順',
      oldest: '古い順',
      meeting: '会合順',
      domain: '分野順',
    },
    hidden: (_count: number, formatted: string) =>
      `未確認または疑義のある主張${formatted}件は表示していません。`,
    showThem: '表示する',
    proseLanguage: '一部の概要と注記は英語のみです。引用は原文のまま掲載しています。',
    quotesAsWritten: '引用は原文のまま掲載しています。',
    none: 'この条件に該当する合意事項はありません。',
    clearFilters: 'すべての絞り込みを解除',
    noun: '件',
    permalink: 'この合意事項へのリンク',
    close: '閉じる',
    actions: 'この合意事項',
    steps: '一覧の前後へ移動',
    previous: '← 前へ',
    next: '次へ →',
    position: (position: string, total: string) => `一覧の${total}件中${position}件目`,
    copyLink: 'リンクをコピー',
    linkCopied: 'リンクをコピーしました。',
    cite: '引用',
    citeHeading: 'この合意事項を引用する',
    citeText: '引用文',
    bibtex: 'BibTeX',
    copyCitation: '引用文をコピー',
    copyBibtex: 'BibTeXをコピー',
    referenceManagers: '文献管理ソフト用',
    copyRis: 'RISをコピー',
    copyCslJson: 'CSL-JSONをコピー',
    citationCopied: 'コピーしました。',
    thread: (title: string) => `取組：${title}`,
    stepFacts: (status: string, confidence: string) => `（${status}・${confidence}）`,
    threadNoun: '件',
    earlierOmitted: (_count: number, formatted: string) =>
      `この取組のそれ以前の合意事項${formatted}件は一覧に含めていません。`,
  },
);
