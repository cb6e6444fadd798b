import { catalog } from '../i18n/catalog';

export const MESSAGES = catalog(
  {
    documentTitle: 'EU–Japan Digital Partnership tracker',
    skipLink: 'Skip to the content',
    kicker: 'EU–Japan Digital Partnership',
    heading: 'What the EU and Japan committed to, Council by Council',
    lede: 'Every commitment with the evidence behind it: the source and a verbatim quote.',
    loadingDataset: 'Loading the dataset…',
    loadingComparison: 'Loading the comparison…',
    filters: 'Filters',
    activeFilters: (count: string) => ` (${count} active)`,
    /** Panel names, for "The … could not be shown." */
    panels: {
      filters: 'filters',
      comparison: 'comparison',
      whatsNew: 'latest news',
      figures: 'figures',
      matrix: 'domain × meeting table',
      charts: 'charts',
      commitments: 'commitments',
      about: 'description of the data',
      export: 'export',
    },
  },
  {
    documentTitle: '日EUデジタルパートナーシップ・トラッカー',
    skipLink: '本文へ移動',
    kicker: '日EUデジタルパートナーシップ',
    heading: '閣僚級会合ごとに見る日EUの合意事項',
    lede: 'すべての合意事項について、根拠となる出典と原文の引用を示しています。',
    loadingDataset: 'データセットを読み込んでいます…',
    loadingComparison: '比較を読み込んでいます…',
    filters: '絞り込み',
    activeFilters: (count: string) => `（${count}件適用中）`,
    panels: {
      filters: '絞り込み',
      comparison: '会合の比較',
      whatsNew: '最新の動き',
      figures: '概況',
      matrix: '分野×会合の表',
      charts: 'グラフ',
      commitments: '合意事項の一覧',
      about: 'データの説明',
      export: 'エクスポート',
    },
  },
);
