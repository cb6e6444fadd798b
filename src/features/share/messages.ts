import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  { copyLink: 'Copy link', copied: 'Link copied to the clipboard.' },
  { copyLink: 'リンクをコピー', copied: 'リンクをクリップボードにコピーしました。' },
);
