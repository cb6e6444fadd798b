import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  {
    form: 'Filters',
    search: 'Search titles, summaries and quotes',
    searchExample: 'e.g. early warning',
    showDoubtful: 'Show unverified and disputed claims',
    reset: 'Reset all filters',
    domains: 'Domains',
    meetings: 'Meetings',
    moreFilters: 'Type, status and confidence',
    type: 'Type',
    status: 'Status',
    confidence: 'Confidence',
  },
  {
    form: '絞り込み',
    search: 'タイトル・概要・引用を検索',
    searchExample: '例：早期警戒',
    showDoubtful: '未確認・疑義のある主張も表示する',
    reset: 'すべての絞り込みを解除',
    domains: '分野',
    meetings: '会合',
    moreFilters: '種類・進捗状況・確度',
    type: '種類',
    status: '進捗状況',
    confidence: '確度',
  },
);
