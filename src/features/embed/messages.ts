import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  {
    name: 'EU–Japan Digital Partnership tracker',
    openFull: 'Open the full view',
    copy: 'Copy embed code',
    copied: 'Embed code copied: paste it into your page’s HTML.',
  },
  {
    name: '日EUデジタルパートナーシップ・トラッカー',
    openFull: '全体表示で開く',
    copy: '埋め込みコードをコピー',
    copied: '埋め込みコードをコピーしました。ページのHTMLに貼り付けてください。',
  },
);
