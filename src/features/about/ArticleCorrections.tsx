import { EvidenceList } from '../../components/commitment/EvidenceList';
import { ProseText } from '../../components/ProseText';
import { formatDate } from '../../i18n/format';
import type { Dataset, Source } from '../../data/schema';
import { indexDataset } from '../../data/index-dataset';
import { langIfOther, PROSE_LANGUAGE } from '../../data/text-language';
import type { Language } from '../../data/vocabulary';
import { correctionsByMeeting, type Correction } from './about-data';
import { MESSAGES } from './messages';
import { Section } from './Section';
import { SourceTitle } from './SourceTitle';

interface CorrectionProps {
  correction: Correction;
  sources: ReadonlyMap<string, Source>;
  lang: Language;
}

function CorrectionItem({ correction, sources, lang }: CorrectionProps) {
  const t = MESSAGES[lang];
  const article = sources.get(correction.source);
  return (
    <li className="about-correction">
      <dl>
        <dt>{t.claim}</dt>
        <dd>
          <ProseText value={correction.claim} lang={lang} />
          <p className="about-note">
            {t.claimedIn}
            {t.colon}
            {article ? (
              <>
                <SourceTitle source={article} lang={lang} />
                {t.publishedBy}
                <bdi lang={langIfOther(PROSE_LANGUAGE, lang)}>{article.publisher}</bdi>
              </>
            ) : (
              // The schema refuses a correction whose source is missing; an id is all there is.
              <code lang="zxx">{correction.source}</code>
            )}
          </p>
        </dd>
        <dt>{t.finding}</dt>
        <dd>
          <ProseText value={correction.finding} lang={lang} />
        </dd>
        <dt>{t.evidence}</dt>
        <dd>
          <EvidenceList evidence={correction.evidence} sources={sources} lang={lang} />
        </dd>
      </dl>
    </li>
  );
}

/**
 * Where the articles the research started from are wrong, meeting by meeting: what each claimed,
 * what the official sources say instead, and the quotes that show it.
 */
export function ArticleCorrections({ dataset, lang }: { dataset: Dataset; lang: Language }) {
  const t = MESSAGES[lang];
  const byMeeting = correctionsByMeeting(dataset.meetings);
  const { sources } = indexDataset(dataset);
  return (
    <Section id="about-article-corrections" heading={t.articleCorrectionsHeading}>
      {byMeeting.length === 0 ? (
        <p>{t.noArticleCorrections}</p>
      ) : (
        <>
          <p>{t.articleCorrectionsIntro}</p>
          {byMeeting.map(({ meeting, corrections }) => {
            const headingId = `about-article-corrections-${meeting.id}`;
            return (
              <section key={meeting.id} aria-labelledby={headingId}>
                <h4 id={headingId}>
                  {meeting.title[lang]}
                  {meeting.date && (
                    <>
                      {t.parentheses[0]}
                      <time dateTime={meeting.date}>{formatDate(meeting.date, lang)}</time>
                      {t.parentheses[1]}
                    </>
                  )}
                </h4>
                <ul className="about-corrections" aria-labelledby={headingId}>
                  {corrections.map((correction, index) => (
                    <CorrectionItem
                      key={index}
                      correction={correction}
                      sources={sources}
                      lang={lang}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </Section>
  );
}
