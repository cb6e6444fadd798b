import { NewTabLink } from '../../ui/NewTabLink';
import { formatDate } from '../../i18n/format';
import type { Dataset } from '../../data/schema';
import { langIfOther } from '../../data/text-language';
import { COMMITMENT_STATUSES, CONFIDENCE_LEVELS, type Language } from '../../data/vocabulary';
import { confidenceCounts } from './about-data';
import { ArticleCorrections } from './ArticleCorrections';
import { Corrections } from './Corrections';
import { MESSAGES } from './messages';
import { Section } from './Section';
import { SourceList } from './SourceList';
import './about.css';

/** The licence's own short name, in English in every language (Creative Commons Attribution). */
const LICENCE_ABBREVIATION = 'CC BY 4.0';

/** What the loaded dataset is, where it comes from and how to read it; every figure from the data. */
export default function AboutPage({ dataset, lang }: { dataset: Dataset; lang: Language }) {
  const t = MESSAGES[lang];
  const { meta } = dataset;
  const levels = confidenceCounts(dataset.commitments);
  const held = dataset.meetings.filter((meeting) => meeting.status === 'held').length;

  return (
    <article className="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t.heading}</h2>
      <p className="about-intro">{t.intro}</p>

      <Section id="about-version" heading={t.versionHeading}>
        <dl className="about-facts">
          <div>
            <dt>{t.dataset}</dt>
            <dd>
              <bdi>{meta.title[lang]}</bdi>
            </dd>
          </div>
          <div>
            <dt>{t.version}</dt>
            <dd>{meta.version}</dd>
          </div>
          <div>
            <dt>{t.lastUpdated}</dt>
            <dd>
              <time dateTime={meta.lastUpdated}>{formatDate(meta.lastUpdated, lang)}</time>
            </dd>
          </div>
          <div>
            <dt>{t.licence}</dt>
            <dd>
              <NewTabLink href={t.licenceUrl} lang={lang}>
                {t.licenceName}
                {t.parentheses[0]}
                <abbr lang={langIfOther('en', lang)}>{LICENCE_ABBREVIATION}</abbr>
                {t.parentheses[1]}
              </NewTabLink>
            </dd>
          </div>
          <div>
            <dt>{t.contents}</dt>
            <dd>
              {t.contentsValue(
                dataset.commitments.length,
                dataset.meetings.length,
                dataset.threads.length,
                dataset.sources.length,
              )}
            </dd>
          </div>
        </dl>
      </Section>

      <Section id="about-origin" heading={t.originHeading}>
        {t.origin.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </Section>

      <Section id="about-confidence" heading={t.confidenceHeading}>
        <p>{t.confidenceIntro}</p>
        <dl className="about-terms">
          {CONFIDENCE_LEVELS.map((level) => (
            <div key={level}>
              <dt className={`confidence confidence-${level}`}>{t.levels[level].term}</dt>
              <dd>
                {t.levels[level].meaning}{' '}
                <span className="about-count">{t.inThisDataset(levels[level])}</span>
              </dd>
            </div>
          ))}
        </dl>
        <p>{t.hiddenByDefault}</p>
      </Section>

      <Section id="about-model" heading={t.modelHeading}>
        <h4>{t.meetingsHeading}</h4>
        <p>{t.meetings}</p>
        <p className="about-count">{t.meetingsCount(held, dataset.meetings.length - held)}</p>
        <h4>{t.threadsHeading}</h4>
        <p>{t.threads}</p>
        <p className="about-count">{t.threadsCount(dataset.threads.length)}</p>
        <h4>{t.statusesHeading}</h4>
        <p>{t.statusesIntro}</p>
        <ol className="about-statuses">
          {COMMITMENT_STATUSES.map((status) => (
            <li key={status}>
              <strong>{t.statuses[status].term}</strong>
              {t.colon}
              {t.statuses[status].meaning}
            </li>
          ))}
        </ol>
      </Section>

      <SourceList dataset={dataset} lang={lang} />

      <ArticleCorrections dataset={dataset} lang={lang} />

      <Corrections contact={meta.corrections} lang={lang} />
    </article>
  );
}
