import { Fragment } from 'react';
import type { Commitment, Prose } from '../data/schema';
import { langIfOther, proseIn } from '../data/text-language';
import type { Language } from '../data/vocabulary';
import { MAX_TITLE_CHARACTERS, shortenText } from '../i18n/shorten-text';
import { ItemLink } from './commitment/ItemLink';
import { Highlighted } from './Highlighted';
import { proseReferences } from './prose-references';

/**
 * A paragraph of the dataset's own prose in the page's language where the dataset has it;
 * otherwise in the language it was written in, marked as such. Where the dataset's prose names
 * another commitment by its id, the reader gets that commitment's title, as a link that opens it.
 */
export function ProseText({
  value,
  lang,
  className,
  query = '',
  commitments,
}: {
  value: Prose;
  lang: Language;
  className?: string;
  /** A search whose words are marked in the text. */
  query?: string;
  /** The commitments of the dataset shown: only their ids become links, any other stays text. */
  commitments?: ReadonlyMap<string, Commitment>;
}) {
  const prose = proseIn(value, lang);
  const parts = commitments ? proseReferences(prose.text, commitments) : [{ text: prose.text }];
  // The title is quoted as the paragraph quotes: 「…」 in Japanese prose, “…” in English.
  const [open, close] = prose.lang === 'ja' ? ['「', '」'] : ['“', '”'];
  return (
    <p className={className} lang={langIfOther(prose.lang, lang)}>
      {parts.map((part, index) => {
        if ('text' in part) return <Highlighted key={index} text={part.text} query={query} />;
        const title = commitments?.get(part.commitment)?.title[lang] ?? part.commitment;
        return (
          <Fragment key={index}>
            {open}
            <ItemLink item={part.commitment} lang={lang}>
              {/* The title is in the page's language, which English-only prose may not be. */}
              <bdi lang={langIfOther(lang, prose.lang)}>
                {shortenText(title, MAX_TITLE_CHARACTERS)}
              </bdi>
            </ItemLink>
            {close}
          </Fragment>
        );
      })}
    </p>
  );
}
