import { catalog } from '../../i18n/catalog';
import type { Mode } from '../../state/view';

export const MESSAGES = catalog(
  {
    label: 'Views',
    modes: {
      overview: 'Overview',
      compare: 'Compare meetings',
      about: 'About the data',
      changes: 'What changed',
    } satisfies Record<Mode, string>,
  },
  {
    label: '表示の切り替え',
    modes: {
      overview: '概要',
      compare: '会合の比較',
      about: 'データについて',
      changes: '更新履歴',
    },
  },
);
