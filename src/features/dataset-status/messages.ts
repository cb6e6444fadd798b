import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  {
    title: 'The dataset could not be loaded',
    unexpected: 'Something unexpected went wrong.',
    rest: 'The rest of the page still works: you can retry, or open a dataset file of your own.',
  },
  {
    title: 'データセットを読み込めませんでした',
    unexpected: '予期しないエラーが発生しました。',
    rest: 'ページのほかの部分は引き続きご利用いただけます。再試行するか、お手元のデータセットファイルを開いてください。',
  },
);
