import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  {
    heading: 'At a glance',
    meetingsHeld: 'Meetings held',
    commitments: 'Commitments',
    documentsSigned: 'Documents signed',
    domainsCovered: 'Domains covered',
    planned: (count: number, formatted: string) =>
      count === 1 ? '1 further meeting is planned.' : `${formatted} further meetings are planned.`,
  },
  {
    heading: '概況',
    meetingsHeld: '開催済みの会合',
    commitments: '合意事項',
    documentsSigned: '署名された文書',
    domainsCovered: '対象分野',
    planned: (_count: number, formatted: string) =>
      `このほか${formatted}回の会合が予定されています。`,
  },
);
