import { catalog } from '../../i18n/catalog';
import type { ThemeChoice } from './theme-choice';

export const MESSAGES = catalog<{ label: string; choices: Record<ThemeChoice, string> }>(
  { label: 'Theme', choices: { system: 'Device setting', light: 'Light', dark: 'Dark' } },
  { label: '配色', choices: { system: '端末の設定', light: 'ライト', dark: 'ダーク' } },
);
