import { useId } from 'react';
import type { Language } from '../../data/vocabulary';
import { MESSAGES } from './messages';
import { parseThemeChoice, THEME_CHOICES } from './theme-choice';
import { themeChosen, useThemeChoice } from './theme-store';

/** Light, dark, or the device's setting; remembered on this device, never in the shared URL. */
export function ThemeControl({ lang }: { lang: Language }) {
  const t = MESSAGES[lang];
  const choice = useThemeChoice();
  const id = useId();
  return (
    <span className="theme-control">
      <label htmlFor={id}>{t.label}</label>
      <select
        id={id}
        value={choice}
        onChange={(event) => themeChosen(parseThemeChoice(event.target.value))}
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {t.choices[option]}
          </option>
        ))}
      </select>
    </span>
  );
}
