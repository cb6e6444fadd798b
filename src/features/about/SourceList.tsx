import { NewTabLink } from '../../components/NewTabLink';
import { formatDate } from '../../data/format';
import type { Dataset } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { langIfOther, sourceGroups, titleLanguage, type CitedSource } from './about-data';
import { MESSAGES } from './messages';

function SourceItem({ cited, lang }: { cited: CitedSource; lang: Language }) {
  const t = MESSAGES[lang];
  const { source, citedBy } = cited;
  const textLang = langIfOther(titleLanguage(source), lang);
  return (
    <li id={`source-${source.id}`} className="about-source">
      <p className="about-source-title">
        {source.url ? (
          <NewTabLink href={source.url} lang={lang}>
            <bdi lang={textLang}>{source.title}</bdi>
          </NewTabLink>
        ) : (
          <bdi lang={textLang}>{source.title}</bdi>
        )}
      </p>
      <p className="about-source-facts">
        {/* Publishers are written in English in the dataset. */}
        <bdi lang={langIfOther('en', lang)}>{source.publisher}</bdi>
        <span>{t.kinds[source.kind]}</span>
        {source.date && <time dateTime={source.date}>{formatDate(source.date, lang)}</time>}
        {!source.url && <span>{t.noAddress}</span>}
        <span className="about-cited-by">{t.citedBy(citedBy)}</span>
      </p>
    </li>
  );
}

/** Every source of the dataset, grouped by how far it can be trusted, with how often it is cited. */
export function SourceList({ dataset, lang }: { dataset: Dataset; lang: Language }) {
  const t = MESSAGES[lang];
  const groups = sourceGroups(dataset);
  return (
    <section className="about-section" aria-labelledby="about-sources">
      <h3 id="about-sources">{t.sourcesHeading(dataset.sources.length)}</h3>
      <p>{t.sourcesIntro}</p>
      {groups.map((group) => {
        const headingId = `about-sources-${group.id}`;
        return (
          <section key={group.id} aria-labelledby={headingId}>
            <h4 id={headingId}>{t.groupHeading(t.groups[group.id].term, group.sources.length)}</h4>
            <p className="about-note">{t.groups[group.id].meaning}</p>
            <ul className="about-sources" aria-labelledby={headingId}>
              {group.sources.map((cited) => (
                <SourceItem key={cited.source.id} cited={cited} lang={lang} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
