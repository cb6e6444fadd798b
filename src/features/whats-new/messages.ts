import { catalog } from '../../i18n/catalog';
import { formatCount } from '../../i18n/format';
import type { ThreadChange } from '../../data/compare';
import type { Meeting } from '../../data/schema';

export const MESSAGES = catalog(
  {
    heading: "What's new",
    latestMeeting: 'Latest meeting held:',
    /** What the meeting's grade means, after its badge (not repeating it) and before its note. */
    grade: {
      official: 'Confirmed by an official source.',
      reported: 'Not confirmed by an official source:',
    } satisfies Record<Meeting['confidence'], string>,
    sinceThen: (date: string) => `Since then (after ${date})`,
    nothingSince: 'Nothing recorded since that meeting for the current filters.',
    source: 'Source:',
    movedOn: 'Moved on:',
    /** The searches of one day that found nothing newer, as one line. */
    quiet: (count: number) =>
      formatCount(count, 'en', {
        one: 'No newer evidence found for {n} commitment',
        other: 'No newer evidence found for {n} commitments',
      }),
    quietWhich: 'Which ones',
    compared: 'Compared with the previous Council',
    pair: (a: string, b: string) => `From ${a} to ${b}, lines of work:`,
    changes: {
      new: 'New',
      advanced: 'Advanced',
      carried: 'Carried over',
      'last-seen': 'Last seen',
    } satisfies Record<ThreadChange, string>,
    openComparison: 'Open the comparison',
  },
  {
    heading: '最新の動き',
    latestMeeting: '直近に開催された会合：',
    grade: {
      official: '公式の資料で確認されています。',
      reported: '公式の資料では確認されていません：',
    },
    sinceThen: (date: string) => `その後（${date}より後）`,
    nothingSince: '現在の絞り込みでは、この会合の後の記録はありません。',
    source: '出典：',
    movedOn: '進展した合意事項：',
    quiet: (count: number) =>
      formatCount(count, 'ja', {
        other: '合意事項{n}件について、新たな根拠は見つかりませんでした',
      }),
    quietWhich: '対象の合意事項',
    compared: '前回の閣僚級会合との比較',
    pair: (a: string, b: string) => `${a}から${b}への取組の変化：`,
    changes: {
      new: '新規',
      advanced: '進展',
      carried: '継続',
      'last-seen': '最後の記録',
    },
    openComparison: '比較を開く',
  },
);
