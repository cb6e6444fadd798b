import { NewTabLink } from '../../ui/NewTabLink';
import type { Source } from '../../data/schema';
import { langIfOther, sourceTitleLanguage } from '../../data/text-language';
import type { Language } from '../../data/vocabulary';

/** A source's title, marked with its language, linked to the source where it has an address. */
export function SourceTitle({ source, lang }: { source: Source; lang: Language }) {
  const title = <bdi lang={langIfOther(sourceTitleLanguage(source), lang)}>{source.title}</bdi>;
  return source.url ? (
    <NewTabLink href={source.url} lang={lang}>
      {title}
    </NewTabLink>
  ) : (
    title
  );
}
