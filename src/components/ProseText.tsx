import type { Prose } from '../data/schema';
import { langIfOther, proseIn } from '../data/text-language';
import type { Language } from '../data/vocabulary';
import { Highlighted } from './Highlighted';

/**
 * A paragraph of the dataset's own prose in the page's language where the dataset has it;
 * otherwise in the language it was written in, marked as such.
 */
export function ProseText({
  value,
  lang,
  className,
  query = '',
}: {
  value: Prose;
  lang: Language;
  className?: string;
  /** A search whose words are marked in the text. */
  query?: string;
}) {
  const prose = proseIn(value, lang);
  return (
    <p className={className} lang={langIfOther(prose.lang, lang)}>
      <Highlighted text={prose.text} query={query} />
    </p>
  );
}
