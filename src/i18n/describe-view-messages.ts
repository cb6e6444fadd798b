import { catalog } from './catalog';

/** The words of a view's description (see describe-view.ts). */
export const DESCRIPTION = catalog(
  {
    all: 'All commitments',
    commitments: 'Commitments',
    on: (domains: string) => ` on ${domains}`,
    at: (meetings: string) => ` at ${meetings}`,
    comparison: (a: string, b: string) => `Comparison of ${a} and ${b}`,
    comparedDomains: (domains: string) => `: commitments on ${domains}`,
    type: (types: string) => `type: ${types}`,
    status: (statuses: string) => `status: ${statuses}`,
    confidence: (levels: string) => `confidence: ${levels}`,
    allConfidence: 'including unverified and disputed claims',
    search: (q: string) => `matching “${q}”`,
    qualifiers: (parts: string[]) => ` (${parts.join('; ')})`,
  },
  {
    all: 'すべての合意事項',
    commitments: '合意事項',
    on: (domains: string) => `${domains}に関する`,
    at: (meetings: string) => `${meetings}における`,
    comparison: (a: string, b: string) => `${a}と${b}の比較`,
    comparedDomains: (domains: string) => `：${domains}に関する合意事項`,
    type: (types: string) => `種類：${types}`,
    status: (statuses: string) => `進捗状況：${statuses}`,
    confidence: (levels: string) => `確度：${levels}`,
    allConfidence: '未確認・疑義のある情報を含む',
    search: (q: string) => `検索語「${q}」`,
    qualifiers: (parts: string[]) => `（${parts.join('、')}）`,
  },
);
