import type { Language } from '../../data/vocabulary';
import { catalog } from '../../i18n/catalog';
import { useViewStore } from '../../state/view-store';

/** Each language is named in itself, so a reader finds theirs whatever the page's language. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語' };

const MESSAGES = catalog({ legend: 'Language' }, { legend: '表示言語' });

export function LanguageSwitch({ lang }: { lang: Language }) {
  const languageChanged = useViewStore((state) => state.languageChanged);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{MESSAGES[lang].legend}</legend>
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
