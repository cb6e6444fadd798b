import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  {
    label: 'Active filters',
    remove: (value: string) => `Remove ${value}`,
    search: (q: string) => `“${q}”`,
    hidden: (level: string) => `${level} hidden`,
    clearAll: 'Clear all filters',
  },
  {
    label: '適用中の絞り込み',
    remove: (value: string) => `${value}を解除`,
    search: (q: string) => `「${q}」`,
    hidden: (level: string) => `${level}を非表示`,
    clearAll: '絞り込みをすべて解除',
  },
);
