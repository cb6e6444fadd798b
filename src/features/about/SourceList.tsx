import { formatDate } from '../../i18n/format';
import type { Dataset } from '../../data/schema';
import { langIfOther, PROSE_LANGUAGE } from '../../data/text-language';
import type { Language } from '../../data/vocabulary';
import { SOURCE_KIND_LABELS } from '../../i18n/labels';
import { sourceGroups, type CitedSource } from './about-data';
import { MESSAGES } from './messages';
import { Section } from './Section';
import { SourceTitle } from './SourceTitle';

function SourceItem({ cited, lang }: { cited: CitedSource; lang: Language }) {
  const t = MESSAGES[lang];
  const { source, citedBy } = cited;
  return (
    <li id={`source-${source.id}`} className="about-source">
      <p className="about-source-title">
        <SourceTitle source={source} lang={lang} />
      </p>
      <p className="about-source-facts">
        <bdi lang={langIfOther(PROSE_LANGUAGE, lang)}>{source.publisher}</bdi>
        <span>{SOURCE_KIND_LABELS[lang][source.kind]}</span>
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
    <Section id="about-sources" heading={t.sourcesHeading(dataset.sources.length)}>
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
    </Section>
  );
}
