import { catalog } from '../../i18n/catalog';
import { verbatim, type TextPart } from '../../i18n/text-parts';

export const MESSAGES = catalog(
  {
    fileInput: 'Dataset file',
    open: 'Open a dataset file…',
    reading: (name: string): TextPart[] => ['Reading “', verbatim(name), '”…'],
    drop: 'Drop a dataset file to open it',
    notOpened: (name: string): TextPart[] => ['“', verbatim(name), '” was not opened'],
    /** Follows the reason, as a second sentence. */
    unchanged: ' Nothing on the page has changed.',
    dismiss: 'Dismiss',
    showing: 'Showing your file ',
    commitments: (count: string) => ` (${count} commitments)`,
    notBundled: ', not the bundled dataset. It stays in this tab only.',
    back: 'Back to the bundled dataset',
    openQuote: '“',
    closeQuote: '”',
  },
  {
    fileInput: 'データセットファイル',
    open: 'データセットファイルを開く…',
    reading: (name: string): TextPart[] => ['「', verbatim(name), '」を読み込んでいます…'],
    drop: 'ここにデータセットファイルをドロップすると開きます',
    notOpened: (name: string): TextPart[] => ['「', verbatim(name), '」を開けませんでした'],
    unchanged: 'ページの表示は変わっていません。',
    dismiss: '閉じる',
    showing: 'お手元のファイル',
    commitments: (count: string) => `（合意事項${count}件）`,
    notBundled:
      'を表示しています。同梱のデータセットではありません。このファイルはこのタブでのみ使用されます。',
    back: '同梱のデータセットに戻る',
    openQuote: '「',
    closeQuote: '」',
  },
);
