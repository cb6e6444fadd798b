import { catalog } from '../../i18n/catalog';

export const MESSAGES = catalog(
  { printed: (date: string, url: string) => `Printed on ${date} from ${url}` },
  { printed: (date: string, url: string) => `印刷日：${date}\u3000URL：${url}` },
);
