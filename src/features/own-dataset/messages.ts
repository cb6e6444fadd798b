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
    converted: (version: string) =>
      ` It is in the older format of release ${version}: it was converted on opening. Each status became one progress step dated at its meeting, and the status of an unverified or disputed claim became what it claims, which counts for no progress.`,
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
    converted: (version: string) =>
      `このファイルは旧形式（リリース${version}）のため、開く際に変換しました。各状況は会合の日付の進捗段階一つとなり、未確認又は疑義のある主張の状況はその主張内容として扱い、進捗には数えません。`,
    openQuote: '「',
    closeQuote: '」',
  },
);
