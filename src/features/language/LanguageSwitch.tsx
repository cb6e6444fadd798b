import type { Language } from '../../data/vocabulary';
import { useViewStore } from '../../state/view-store';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語' };

export function LanguageSwitch({ lang }: { lang: Language }) {
  const languageChanged = useViewStore((state) => state.languageChanged);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">Language</legend>
      {(Object.keys(LANGUAGE_NAMES) as Language[]).map((option) => (
        <label key={option} lang={option}>
          <input
            type="radio"
            name="language"
            value={option}
            checked={lang === option}
            onChange={() => languageChanged(option)}
          />
          {LANGUAGE_NAMES[option]}
        </label>
      ))}
    </fieldset>
  );
}
