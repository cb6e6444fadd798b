import type { ThreadChange } from '../../data/compare';
import { catalog } from '../../i18n/catalog';

// Japanese names the two meetings 比較元 and 比較先 (compared from, compared with) where English
// says A and B. A comparison reads from the earlier meeting to the later, whichever the reader made
// A: the words about its direction take the letters of the earlier (`from`) and the later (`to`).
export const MESSAGES = catalog(
  {
    noMeetings: 'This dataset has no meetings to compare.',
    heading: 'Compare two meetings',
    intro: (from: string, to: string) =>
      `What ${to} added to ${from}, what was carried over, what moved forward, and where the lines of work not seen at ${to} were last seen, with the meetings and steps in between counted. The comparison always reads from the earlier meeting to the later. The filters on the side still apply.`,
    copySummary: 'Copy summary',
    summaryCopied: 'Summary copied.',
    meetingA: 'Meeting A',
    meetingB: 'Meeting B',
    swap: '⇄ Swap A and B',
    planned: ' (planned)',
    side: (letter: string, label: string) => `${letter}: ${label}`,
    domainHeading: 'Domain by domain',
    domainSummary: (grew: number, grewText: string, shrank: string, from: string, to: string) =>
      `More commitments at ${to} than at ${from} in ${grewText} ${grew === 1 ? 'domain' : 'domains'}, fewer in ${shrank}; a commitment in several domains counts in each.`,
    domainCaption: 'Commitments per domain at A and at B',
    domain: 'Domain',
    difference: 'Difference',
    threadHeading: 'Thread by thread',
    noThreads: 'No line of work matches the current filters at A or B.',
    changeHeadings: (to: string): Record<ThreadChange, string> => ({
      new: `New at ${to}`,
      advanced: 'Advanced',
      carried: 'Carried over',
      'last-seen': `Last seen before ${to}`,
    }),
    changeExplanations: (from: string, to: string): Record<ThreadChange, string> => ({
      new: `Lines of work that appear at ${to} and not at ${from}.`,
      advanced: `Seen by ${from} and at ${to}, and further along by ${to}: a higher status, a follow-up of another kind (a memorandum, then joint research), or a step between the meetings.`,
      carried: `Seen by ${from} and at ${to}, no further along.`,
      'last-seen': `Seen at ${from} or between the meetings, not at ${to}: where it was last seen, and how far it had got.`,
    }),
    groupHeading: (heading: string, count: string) => `${heading} (${count})`,
    at: (letter: string) => `At ${letter}`,
    notMentioned: 'Not mentioned.',
    // A step is dated; the meeting where the commitment was made is named apart, so that the step's
    // date is not read as the meeting's.
    lastSeenAt: (meeting: string, status: string) =>
      `Last seen at ${meeting}${status ? ` (${status})` : ''}.`,
    lastSeenStep: (meeting: string, status: string, date: string) =>
      `Last seen in a progress step on ${date}${status ? ` (${status})` : ''}, on what was committed at ${meeting}.`,
    firstSeen: (where: string) => `First seen at ${where}.`,
    doubtfulHeading: 'Claims we doubt (not counted)',
    facts: (status: string, confidence: string) => `(${status}, ${confidence})`,
    threadsNoun: 'threads',
    lineageCaption: (group: string) => `${group}: commitments of each thread at each meeting`,
    lineageIntro: (from: string, to: string) =>
      `Each line of work with what was committed at every meeting, grouped by what changed from ${from} to ${to}. The quotes of A and B are under each thread.`,
    letterA: 'A',
    letterB: 'B',
    columnMarker: (side: string) => ` (${side})`,
    markedMeeting: (meeting: string, side: string) => `${meeting} (${side})`,
    quotesSummary: (thread: string) => `Quotes at A and B: ${thread}`,
    thread: 'Thread',
  },
  {
    noMeetings: 'このデータセットには比較できる会合がありません。',
    heading: '会合の比較',
    intro: (from: string, to: string) =>
      `${from}の会合に対して、${to}の会合で新たに加わったもの、引き継がれたもの、進展したもの、${to}に現れなかった取組が最後に記録された時点を、間の会合や進展も含めて示します。比較は常に先に開かれた会合から後の会合へ読みます。絞り込み条件もそのまま適用されます。`,
    copySummary: '要約をコピー',
    summaryCopied: '要約をコピーしました。',
    meetingA: '比較元の会合',
    meetingB: '比較先の会合',
    swap: '⇄ 比較元と比較先を入れ替える',
    planned: '（予定）',
    side: (letter: string, label: string) => `${letter}：${label}`,
    domainHeading: '分野ごとの比較',
    domainSummary: (_grew: number, grewText: string, shrank: string, from: string, to: string) =>
      `${from}より${to}で合意事項が増えた分野は${grewText}、減った分野は${shrank}です。複数の分野にまたがる合意事項は、それぞれの分野で数えています。`,
    domainCaption: '比較元と比較先における分野別の合意事項数',
    domain: '分野',
    difference: '増減',
    threadHeading: '取組ごとの比較',
    noThreads: '現在の絞り込み条件では、比較元・比較先のいずれにも該当する取組はありません。',
    changeHeadings: (to: string) => ({
      new: `${to}で新規`,
      advanced: '進展',
      carried: '継続',
      'last-seen': `${to}より前に最後の記録`,
    }),
    changeExplanations: (from: string, to: string) => ({
      new: `${to}で初めて現れ、${from}にはない取組。`,
      advanced: `${from}までと${to}の両方にあり、${to}までに進んだ取組（状況の前進、別の種類の後続（協力覚書の後の共同研究など）、又は会合の間の進展）。`,
      carried: `${from}までと${to}の両方にあり、進展のない取組。`,
      'last-seen': `${from}又は会合の間に記録があり、${to}にはない取組。最後の記録とその時点の状況を示します。`,
    }),
    groupHeading: (heading: string, count: string) => `${heading}（${count}件）`,
    at: (letter: string) => letter,
    notMentioned: '言及なし。',
    lastSeenAt: (meeting: string, status: string) =>
      `最後の記録：${meeting}${status ? `。当時の状況：${status}` : ''}。`,
    lastSeenStep: (meeting: string, status: string, date: string) =>
      `最後の記録：${meeting}での合意事項に関する${date}の進展${status ? `（${status}）` : ''}。`,
    firstSeen: (where: string) => `${where}で初めて記録。`,
    doubtfulHeading: '疑わしい主張（集計対象外）',
    facts: (status: string, confidence: string) => `（${status}・${confidence}）`,
    threadsNoun: '件',
    lineageCaption: (group: string) => `${group}：各会合における取組ごとの合意事項`,
    lineageIntro: (from: string, to: string) =>
      `取組ごとに各会合での合意事項を示し、${from}から${to}への変化で分類しています。比較元と比較先の引用は各取組の下で開けます。`,
    letterA: '比較元',
    letterB: '比較先',
    columnMarker: (side: string) => `（${side}）`,
    markedMeeting: (meeting: string, side: string) => `${meeting}（${side}）`,
    quotesSummary: (thread: string) => `比較元と比較先の引用：${thread}`,
    thread: '取組',
  },
);
