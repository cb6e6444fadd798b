// Interface wording for the dataset's enumerations, in every language.
import type {
  CommitmentStatus,
  CommitmentType,
  ConfidenceLevel,
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
  },
  {
    planned: '予定',
    announced: '発表済み',
    signed: '署名済み',
    'in-progress': '実施中',
    delivered: '実現済み',
  },
);

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

/** What kind of source a text is, as a lower-case phrase read after the source's publisher. */
export const SOURCE_KIND_LABELS = catalog<Record<SourceKind, string>>(
  {
    official: 'official',
    'official-mirror': 'official mirror',
    news: 'news report',
    commentary: 'commentary',
    seed: 'seed article',
  },
  {
    official: '公式',
    'official-mirror': '公式文書の転載',
    news: '報道',
    commentary: '論評',
    seed: 'シード記事',
  },
);
