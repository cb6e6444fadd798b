import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  {
    /** The older release shown, its date, the latest release and its date. */
    olderRelease: (version: string, date: string, latest: string, latestDate: string) =>
      `You are looking at release ${version} of the dataset, of ${date}: it is kept as it was published. The latest release is ${latest}, of ${latestDate}.`,
    openLatest: 'Open this view in the latest release',
  },
  {
    olderRelease: (version: string, date: string, latest: string, latestDate: string) =>
      `データセットの${version}版（${date}）を表示しています。公開時のまま保存された版です。最新版は${latest}版（${latestDate}）です。`,
    openLatest: 'この表示を最新版で開く',
  },
);
