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
  },
  {
    domains: '分野',
    evidence: '根拠',
    contradictedBy: '反証：',
    translation: '英訳：',
    publishedBy: ' — ',
    sourceKind: (kind: string) => `（${kind}）`,
  },
);
