import type { ThreadChange } from '../../data/compare';
import { catalog } from '../../i18n/catalog';

// Japanese names the two meetings 比較元 and 比較先 (compared from, compared with) where English
// says A and B.
export const MESSAGES = catalog(
  {
    noMeetings: 'This dataset has no meetings to compare.',
    heading: 'Compare two meetings',
    intro:
      'What B added to A, what was carried over, what moved forward, and where the lines of work not seen at B were last seen, with the meetings and steps in between counted. The filters on the side still apply.',
    copySummary: 'Copy summary',
    summaryCopied: 'Summary copied.',
    meetingA: 'Meeting A',
    meetingB: 'Meeting B',
    swap: '⇄ Swap A and B',
    planned: ' (planned)',
    sideA: (label: string) => `A: ${label}`,
    sideB: (label: string) => `B: ${label}`,
    domainHeading: 'Domain by domain',
    domainSummary: (grew: number, grewText: string, shrank: string) =>
      `More commitments at B than at A in ${grewText} ${grew === 1 ? 'domain' : 'domains'}, fewer in ${shrank}; a commitment in several domains counts in each.`,
    domainCaption: 'Commitments per domain at A and at B',
    domain: 'Domain',
    difference: 'Difference',
    threadHeading: 'Thread by thread',
    noThreads: 'No line of work matches the current filters at A or B.',
    changeHeadings: {
      new: 'New at B',
      advanced: 'Advanced',
      carried: 'Carried over',
      'last-seen': 'Last seen before B',
    } satisfies Record<ThreadChange, string>,
    changeExplanations: {
      new: 'Lines of work that appear at B and not at A.',
      advanced:
        'Seen by A and at B, and further along by B: a higher status, a follow-up of another kind (a memorandum, then joint research), or a step between the meetings.',
      carried: 'Seen by A and at B, no further along.',
      'last-seen':
        'Seen at A or between the meetings, not at B: where it was last seen, and how far it had got.',
    } satisfies Record<ThreadChange, string>,
    groupHeading: (heading: string, count: string) => `${heading} (${count})`,
    atA: 'At A',
    atB: 'At B',
    notMentioned: 'Not mentioned.',
    lastSeen: (where: string, status: string, date: string) =>
      `Last seen: ${where}, ${date}${status ? ` (${status})` : ''}.`,
    firstSeen: (where: string) => `First seen at ${where}.`,
    doubtfulHeading: 'Claims we doubt (not counted)',
    facts: (status: string, confidence: string) => `(${status}, ${confidence})`,
    threadsNoun: 'threads',
    lineageCaption: (group: string) => `${group}: commitments of each thread at each meeting`,
    lineageIntro:
      'Each line of work with what was committed at every meeting, grouped by what changed from A to B. The quotes of A and B are under each thread.',
    columnA: 'A',
    columnB: 'B',
    columnMarker: (side: string) => ` (${side})`,
    markedMeeting: (meeting: string, side: string) => `${meeting} (${side})`,
    quotesSummary: (thread: string) => `Quotes at A and B: ${thread}`,
    thread: 'Thread',
  },
  {
    noMeetings: 'このデータセットには比較できる会合がありません。',
    heading: '会合の比較',
    intro:
      '比較元の会合に対して、比較先の会合で新たに加わったもの、引き継がれたもの、進展したもの、比較先に現れなかった取組が最後に記録された時点を、間の会合や進展も含めて示します。絞り込み条件もそのまま適用されます。',
    copySummary: '要約をコピー',
    summaryCopied: '要約をコピーしました。',
    meetingA: '比較元の会合',
    meetingB: '比較先の会合',
    swap: '⇄ 比較元と比較先を入れ替える',
    planned: '（予定）',
    sideA: (label: string) => `比較元：${label}`,
    sideB: (label: string) => `比較先：${label}`,
    domainHeading: '分野ごとの比較',
    domainSummary: (_grew: number, grewText: string, shrank: string) =>
      `比較先で合意事項が増えた分野は${grewText}、減った分野は${shrank}です。複数の分野にまたがる合意事項は、それぞれの分野で数えています。`,
    domainCaption: '比較元と比較先における分野別の合意事項数',
    domain: '分野',
    difference: '増減',
    threadHeading: '取組ごとの比較',
    noThreads: '現在の絞り込み条件では、比較元・比較先のいずれにも該当する取組はありません。',
    changeHeadings: {
      new: '比較先で新規',
      advanced: '進展',
      carried: '継続',
      'last-seen': '比較先より前に最後の記録',
    },
    changeExplanations: {
      new: '比較先で初めて現れ、比較元にはない取組。',
      advanced:
        '比較元までと比較先の両方にあり、比較先までに進んだ取組（状況の前進、別の種類の後続（協力覚書の後の共同研究など）、又は会合の間の進展）。',
      carried: '比較元までと比較先の両方にあり、進展のない取組。',
      'last-seen':
        '比較元又は会合の間に記録があり、比較先にはない取組。最後の記録とその時点の状況を示します。',
    },
    groupHeading: (heading: string, count: string) => `${heading}（${count}件）`,
    atA: '比較元',
    atB: '比較先',
    notMentioned: '言及なし。',
    lastSeen: (where: string, status: string, date: string) =>
      `最後の記録：${where}、${date}${status ? `（${status}）` : ''}。`,
    firstSeen: (where: string) => `${where}で初めて記録。`,
    doubtfulHeading: '疑わしい主張（集計対象外）',
    facts: (status: string, confidence: string) => `（${status}・${confidence}）`,
    threadsNoun: '件',
    lineageCaption: (group: string) => `${group}：各会合における取組ごとの合意事項`,
    lineageIntro:
      '取組ごとに各会合での合意事項を示し、比較元から比較先への変化で分類しています。比較元と比較先の引用は各取組の下で開けます。',
    columnA: '比較元',
    columnB: '比較先',
    columnMarker: (side: string) => `（${side}）`,
    markedMeeting: (meeting: string, side: string) => `${meeting}（${side}）`,
    quotesSummary: (thread: string) => `比較元と比較先の引用：${thread}`,
    thread: '取組',
  },
);
