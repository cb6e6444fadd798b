import { catalog } from '../../i18n/catalog';
import type { ConfidenceLevel } from '../../data/vocabulary';

export interface CommitmentCitationParts {
  dataset: string;
  version: string;
  /** Dates as the reader reads them (formatDate). */
  updated: string;
  title: string;
  meeting: string;
  date: string;
  url: string;
  accessed: string;
  licence: string;
}

export const MESSAGES = catalog(
  {
    domains: 'Domains',
    evidence: 'Evidence',
    contradictedBy: 'Contradicted by: ',
    translation: 'Translation: ',
    /** Between a source and its publisher. */
    publishedBy: ' — ',
    sourceKind: (kind: string) => ` (${kind})`,
    progressHeading: 'How far it got',
    atEvent: (event: string) => `at: ${event}`,
    notCounted: (claims: string) =>
      `This claim says “${claims}”, but no source we trust shows it, so it counts for no progress.`,
    checked: (date: string) => `Last checked against the sources on ${date}.`,
    /** Labels of the card's facts. */
    status: 'Status',
    type: 'Type',
    meeting: 'Meeting',
    date: 'Date',
    /** What each confidence level means for the reader: where the claim comes from. */
    confidenceMeaning: {
      official: 'Source: official document',
      reported: 'Source: news reports only',
      unverified: 'Claim only in a commentary or seed article — unverified',
      disputed: 'Contradicted by an official source — disputed',
    } satisfies Record<ConfidenceLevel, string>,
    moreQuotes: (count: number, formatted: string) =>
      `+${formatted} more ${count === 1 ? 'quote' : 'quotes'}`,
    citation: (p: CommitmentCitationParts) =>
      `${p.dataset}, dataset v${p.version} (updated ${p.updated}): “${p.title}” (${p.meeting}${p.date ? `, ${p.date}` : ''}). ${p.url} (accessed ${p.accessed}). Licence: ${p.licence}.`,
    citationNote: (
      p: Pick<CommitmentCitationParts, 'version' | 'updated' | 'licence' | 'meeting'>,
    ) => `${p.meeting}. Dataset version ${p.version}, updated ${p.updated}. Licence: ${p.licence}`,
    /** After a source: when its address was last read. */
    accessed: (date: string) => ` (accessed ${date})`,
  },
  {
    domains: '分野',
    evidence: '根拠',
    contradictedBy: '反証：',
    translation: '英訳：',
    publishedBy: ' — ',
    sourceKind: (kind: string) => `（${kind}）`,
    progressHeading: '進捗の経過',
    atEvent: (event: string) => `出来事：${event}`,
    notCounted: (claims: string) =>
      `この主張は「${claims}」としているが、信頼できる出典では確認できないため、進捗には数えない。`,
    checked: (date: string) => `${date}に出典と照合。`,
    status: '状況',
    type: '種類',
    meeting: '会合',
    date: '日付',
    confidenceMeaning: {
      official: '出典：公式文書',
      reported: '出典：報道のみ',
      unverified: '論評又は元記事のみの主張（未確認）',
      disputed: '公式の出典と矛盾（疑義あり）',
    },
    moreQuotes: (_count: number, formatted: string) => `ほか${formatted}件の引用`,
    citation: (p: CommitmentCitationParts) =>
      `${p.dataset}「${p.title}」（${p.meeting}${p.date ? `、${p.date}` : ''}）データセット バージョン${p.version}（${p.updated}更新）、${p.url} （${p.accessed}閲覧）、ライセンス：${p.licence}`,
    citationNote: (
      p: Pick<CommitmentCitationParts, 'version' | 'updated' | 'licence' | 'meeting'>,
    ) =>
      `${p.meeting}。データセット バージョン${p.version}（${p.updated}更新）、ライセンス：${p.licence}`,
    accessed: (date: string) => `（${date}閲覧）`,
  },
);
