// Interface wording for the dataset's enumerations, in every language.
import { formatDate } from './format';
import { currentStatus } from '../data/progress';
import type { Commitment } from '../data/schema';
import type {
  CommitmentStatus,
  CommitmentType,
  ConfidenceLevel,
  EventKind,
  Language,
  SourceKind,
} from '../data/vocabulary';
import { catalog } from './catalog';

export const TYPE_LABELS = catalog<Record<CommitmentType, string>>(
  {
    'joint-statement': 'Joint statement',
    memorandum: 'Memorandum of Cooperation',
    'letter-of-intent': 'Letter of intent',
    agreement: 'Agreement',
    'joint-research': 'Joint research',
    'research-call': 'Research call',
    'expert-group': 'Expert group',
    'working-group': 'Working group',
    'information-exchange': 'Information exchange',
    dialogue: 'Dialogue',
    negotiation: 'Negotiation',
    statement: 'Statement',
  },
  {
    'joint-statement': '共同声明',
    memorandum: '協力覚書',
    'letter-of-intent': '意図表明文書',
    agreement: '合意',
    'joint-research': '共同研究',
    'research-call': '研究公募',
    'expert-group': '専門家グループ',
    'working-group': '作業部会',
    'information-exchange': '情報交換',
    dialogue: '対話',
    negotiation: '交渉',
    statement: '声明',
  },
);

export const STATUS_LABELS = catalog<Record<CommitmentStatus, string>>(
  {
    planned: 'Planned',
    announced: 'Announced',
    signed: 'Signed',
    'in-progress': 'In progress',
    delivered: 'Delivered',
    stalled: 'Stalled',
    superseded: 'Superseded',
    'no-evidence-since': 'No evidence since',
  },
  {
    planned: '予定',
    announced: '発表済み',
    signed: '署名済み',
    'in-progress': '実施中',
    delivered: '実現済み',
    stalled: '停滞',
    superseded: '後継に移行',
    'no-evidence-since': 'その後の根拠なし',
  },
);

const PROGRESS_WORDS = catalog<{
  claims: (status: string) => string;
  quietSince: (status: string, date: string) => string;
}>(
  {
    claims: (status) => `Claims: ${status.toLowerCase()} (not counted)`,
    quietSince: (status, date) => `${status}; nothing newer found since ${date}`,
  },
  {
    claims: (status) => `主張：${status}（集計対象外）`,
    quietSince: (status, date) => `${status}（${date}以降の記録なし）`,
  },
);

/**
 * How far a commitment got, in words: its current status; after a search that found nothing
 * newer, the last status seen and since when; for a claim we doubt, what it claims and that it is
 * not counted. The one wording every feature uses.
 */
export function progressLabel(
  commitment: Pick<Commitment, 'steps' | 'confidence' | 'claims'>,
  lang: Language,
): string {
  const words = PROGRESS_WORDS[lang];
  const status = currentStatus(commitment);
  if (status === null) {
    return commitment.claims ? words.claims(STATUS_LABELS[lang][commitment.claims]) : '';
  }
  const steps = commitment.steps ?? [];
  const seen = steps.filter((step) => step.status !== 'no-evidence-since').at(-1);
  if (status === 'no-evidence-since' && seen) {
    return words.quietSince(STATUS_LABELS[lang][seen.status], formatDate(seen.date, lang));
  }
  return STATUS_LABELS[lang][status];
}

export const CONFIDENCE_LABELS = catalog<Record<ConfidenceLevel, string>>(
  {
    official: 'Official',
    reported: 'Reported by news',
    unverified: 'Unverified',
    disputed: 'Disputed',
  },
  {
    official: '公式',
    reported: '報道による',
    unverified: '未確認',
    disputed: '疑義あり',
  },
);

export const EVENT_KIND_LABELS = catalog<Record<EventKind, string>>(
  {
    dialogue: 'Dialogue',
    negotiation: 'Negotiation',
    'call-for-proposals': 'Call for proposals',
    signing: 'Signing',
    summit: 'Summit',
    committee: 'Joint committee',
    review: 'Review',
  },
  {
    dialogue: '対話',
    negotiation: '交渉',
    'call-for-proposals': '公募',
    signing: '署名',
    summit: '首脳協議',
    committee: '合同委員会',
    review: 'レビュー',
  },
);

/** What kind of source a text is, as a lower-case phrase read after the source's publisher. */
export const SOURCE_KIND_LABELS = catalog<Record<SourceKind, string>>(
  {
    official: 'official',
    'official-mirror': 'official mirror',
    rendition: 'third-party rendition of an official text',
    news: 'news report',
    aggregator: 'aggregator summary',
    commentary: 'commentary',
    seed: 'seed article',
  },
  {
    official: '公式',
    'official-mirror': '公式文書の転載',
    rendition: '公式文書の第三者による書き換え',
    news: '報道',
    aggregator: 'まとめサイトの要約',
    commentary: '論評',
    seed: 'シード記事',
  },
);
