import { Swatch } from './Swatch';
import { useId } from 'react';
import { formatNumber } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { MESSAGES } from './messages';

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  count?: number;
  /** A colour swatch drawn beside the label; never the only way the option is named. */
  color?: string;
  disabled?: boolean;
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly CheckboxOption<T>[];
  selected: readonly T[];
  onToggle: (value: T) => void;
  /** The language of the option labels, where they come from the dataset. */
  lang?: string;
  /**
   * The form name of the checkboxes, each with its option as value: the prerendered page's boxes
   * can be ticked before the app runs, and the app reads them by name when it starts.
   */
  name?: string;
}

export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onToggle,
  lang,
  name,
}: CheckboxGroupProps<T>) {
  const groupId = useId();
  const pageLang = useLanguage();
  const t = MESSAGES[pageLang];
  return (
    <fieldset className="checkbox-group" lang={lang}>
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${groupId}-${option.value}`;
        return (
          <div className="checkbox-row" key={option.value}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value={option.value}
              checked={selected.includes(option.value)}
              disabled={option.disabled}
              onChange={() => onToggle(option.value)}
            />
            <label htmlFor={id}>
              {option.color && <Swatch color={option.color} />}
              {option.count === undefined ? (
                option.label
              ) : (
                <>
                  {option.label}
                  {t.countGap}
                  <span className="count">{t.count(formatNumber(option.count, pageLang))}</span>
                </>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
