import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog({ about: 'About the data' }, { about: 'データについて' });
