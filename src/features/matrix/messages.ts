import { catalog } from '../../i18n/catalog';
import { formatCount } from '../../i18n/format';

export const MESSAGES = catalog(
  {
    heading: 'Domains × meetings',
    intro:
      'Commitments per domain at each meeting; a commitment in several domains counts once in each. Select a cell, a domain or a meeting to filter to it.',
    keys: 'In the table, the arrow keys move between cells; Enter or Space filters.',
    caption: 'Number of commitments by domain (rows) and meeting (columns)',
    domain: 'Domain',
    total: 'Total',
    totalOf: (count: string) => `${count} in all`,
    commitments: 'Commitments',
    /** In the cells of a meeting that has not been held yet, instead of zeros. */
    planned: 'planned',
    onlyMeeting: ': show only this meeting',
    onlyDomain: ': show only this domain',
    cell: (count: number, domain: string, meeting: string) =>
      `${formatCount(count, 'en', { one: '{n} commitment', other: '{n} commitments' })} in ${domain} at ${meeting}`,
    filterTo: (cell: string) => `${cell}: filter to them`,
    none: (cell: string) => `${cell}: none to show`,
  },
  {
    heading: '分野×会合',
    intro:
      '会合ごとの分野別の合意事項数です。複数の分野にまたがる合意事項は、それぞれの分野で1件と数えています。セル、分野または会合を選ぶと、その条件で絞り込めます。',
    keys: '表の中では矢印キーでセルを移動し、エンターキーまたはスペースキーで絞り込みます。',
    caption: '分野（行）と会合（列）ごとの合意事項数',
    domain: '分野',
    total: '合計',
    totalOf: (count: string) => `計${count}件`,
    commitments: '合意事項',
    planned: '予定',
    onlyMeeting: '：この会合のみ表示',
    onlyDomain: '：この分野のみ表示',
    cell: (count: number, domain: string, meeting: string) =>
      `${meeting}の${domain}：${formatCount(count, 'ja', { other: '{n}' })}件`,
    filterTo: (cell: string) => `${cell}（この条件で絞り込む）`,
    none: (cell: string) => `${cell}（該当なし）`,
  },
);
