import { catalog } from '../i18n/catalog';

export const MESSAGES = catalog(
  {
    copyRefused: 'Copying is not allowed here; select and copy:',
    retry: 'Retry',
    retrying: 'Retrying…',
    /** `noun` is the plural of what is listed, in the page's language. */
    showing: (count: string, total: string, noun: string) =>
      `Showing ${count} of ${total} ${noun}.`,
    showMore: (count: string) => `Show ${count} more`,
    panelFailed: (panel: string) => `The ${panel} could not be shown.`,
    /** Follows panelFailed, as a second sentence. */
    panelRestWorks: ' The rest of the page still works.',
    tryAgain: 'Try again',
    /** A facet count after an option's label, and what separates them: "Semiconductors (3)". */
    count: (count: string) => `(${count})`,
    countGap: ' ',
  },
  {
    copyRefused: 'このページではコピーが許可されていません。次の内容を選択してコピーしてください：',
    retry: '再試行',
    retrying: '再試行しています…',
    showing: (count: string, total: string) => `全${total}件のうち${count}件を表示しています。`,
    showMore: (count: string) => `さらに${count}件表示`,
    panelFailed: (panel: string) => `${panel}を表示できませんでした。`,
    panelRestWorks: 'ページのほかの部分は引き続きご利用いただけます。',
    tryAgain: 'もう一度試す',
    count: (count: string) => `（${count}）`,
    countGap: '',
  },
);
