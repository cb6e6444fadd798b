import { catalog } from '../../i18n/catalog';

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
    accessed: (date: string) => `（${date}閲覧）`,
  },
);
