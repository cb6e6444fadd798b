import { catalog } from '../../i18n/catalog';
import { formatCount } from '../../i18n/format';

export const MESSAGES = catalog(
  {
    heading: 'Charts',
    drawing: 'Drawing the chart…',
    perMeetingHeading: 'Domain tags per meeting',
    perMeetingNone: 'No commitments match the current filters.',
    perMeetingTop: (meeting: string, count: number, meetings: number) =>
      meetings === 1
        ? `${meeting}, the one meeting shown, has ${formatCount(count, 'en', { one: '{n} domain tag', other: '{n} domain tags' })}.`
        : `${meeting} has the most domain tags (${formatCount(count, 'en', { other: '{n}' })}) among the ${formatCount(meetings, 'en', { other: '{n}' })} meetings shown.`,
    perMeetingCaption: (commitments: number, tags: number) =>
      `Each bar counts domain tags: a commitment in several domains counts once in each. ${formatCount(commitments, 'en', { one: 'The {n} commitment shown carries', other: 'The {n} commitments shown carry' })} ${formatCount(tags, 'en', { one: '{n} domain tag', other: '{n} domain tags' })}; the table “Domains × meetings” above gives the same numbers.`,
    /** Follows perMeetingCaption while unverified and disputed claims are shown. */
    perMeetingDoubtful: (tags: number) =>
      ` ${formatCount(tags, 'en', { one: '{n} tag is', other: '{n} tags are' })} on claims we doubt (unverified or disputed), drawn hatched at the top of the bars and not counted as progress.`,
    perMeetingAxis: 'Domain tags',
    doubtfulSeries: 'Claims we doubt (unverified or disputed)',
    barKeys: 'Bars: choose a meeting to show its commitments',
    barKey: (meeting: string, tags: number, doubtful: number) =>
      `${meeting}: ${formatCount(tags, 'en', { one: '{n} domain tag', other: '{n} domain tags' })}${doubtful > 0 ? `, ${formatCount(doubtful, 'en', { other: '{n}' })} on claims we doubt` : ''}. Show its commitments.`,
    timelineHeading: 'Timeline of meetings, signed documents and events between meetings',
    timelineNone: 'No dated meeting, signed document or event matches the current filters.',
    timelineSummary: (
      meetings: number,
      documents: number,
      events: number,
      from: string,
      to: string,
    ) =>
      `${formatCount(meetings, 'en', { one: '{n} meeting', other: '{n} meetings' })}, ${formatCount(documents, 'en', { one: '{n} signed document', other: '{n} signed documents' })} and ${formatCount(events, 'en', { one: '{n} event', other: '{n} events' })} between meetings, from ${from} to ${to}.`,
    betweenMeetings: 'Between meetings',
    /** Several documents signed on one day, as one point. */
    documentsOnOneDay: (count: string) => `${count} signed documents`,
    timelineTable: 'Timeline as a table',
    date: 'Date',
    event: 'Event',
    kind: 'Kind',
    meetings: 'Meetings',
    meeting: 'Meeting',
    signedDocuments: 'Signed documents',
    year: (year: number) => String(year),
  },
  {
    heading: 'グラフ',
    drawing: 'グラフを描画しています…',
    perMeetingHeading: '会合別の分野タグ数',
    perMeetingNone: '現在の絞り込み条件に該当する合意事項はありません。',
    perMeetingTop: (meeting: string, count: number, meetings: number) =>
      meetings === 1
        ? `表示中の会合は${meeting}のみで、分野タグは${formatCount(count, 'ja', { other: '{n}' })}件です。`
        : `表示中の${formatCount(meetings, 'ja', { other: '{n}' })}回の会合のうち、分野タグが最も多いのは${meeting}（${formatCount(count, 'ja', { other: '{n}' })}件）です。`,
    perMeetingCaption: (commitments: number, tags: number) =>
      `棒の高さは分野タグの数です。複数の分野にまたがる合意事項は、それぞれの分野で1件と数えています。表示中の合意事項${formatCount(commitments, 'ja', { other: '{n}' })}件に、分野タグが${formatCount(tags, 'ja', { other: '{n}' })}件付いています。上の表「分野×会合」に同じ数値を掲載しています。`,
    perMeetingDoubtful: (tags: number) =>
      `うち${formatCount(tags, 'ja', { other: '{n}' })}件は疑わしい主張（未確認・疑義あり）に付いたタグで、棒の上端に斜線で示しています。進捗としては数えていません。`,
    perMeetingAxis: '分野タグ',
    doubtfulSeries: '疑わしい主張（未確認・疑義あり）',
    barKeys: 'グラフの棒：会合を選ぶと、その合意事項を表示します',
    barKey: (meeting: string, tags: number, doubtful: number) =>
      `${meeting}：分野タグ${formatCount(tags, 'ja', { other: '{n}' })}件${doubtful > 0 ? `（うち疑わしい主張${formatCount(doubtful, 'ja', { other: '{n}' })}件）` : ''}。この会合の合意事項を表示します。`,
    timelineHeading: '会合・署名文書・会合間の出来事の年表',
    timelineNone: '現在の絞り込み条件に該当する、日付のある会合・署名文書・出来事はありません。',
    timelineSummary: (
      meetings: number,
      documents: number,
      events: number,
      from: string,
      to: string,
    ) =>
      `${from}から${to}までの会合${formatCount(meetings, 'ja', { other: '{n}' })}回、署名文書${formatCount(documents, 'ja', { other: '{n}' })}件、会合間の出来事${formatCount(events, 'ja', { other: '{n}' })}件。`,
    betweenMeetings: '会合間の出来事',
    documentsOnOneDay: (count: string) => `署名文書${count}件`,
    timelineTable: '年表を表で見る',
    date: '日付',
    event: '出来事',
    kind: '区分',
    meetings: '会合',
    meeting: '会合',
    signedDocuments: '署名文書',
    year: (year: number) => `${year}年`,
  },
);
