import { MAX_TITLE_CHARACTERS, shortenText } from '../../i18n/shorten-text';
import { memo } from 'react';
import { Swatch } from '../../ui/Swatch';
import { formatDate, formatNumber } from '../../i18n/format';
import { commitmentDate } from '../../data/order';
import type { DatasetIndex } from '../../data/index-dataset';
import type { Commitment } from '../../data/schema';
import { Highlighted } from '../Highlighted';
import { ProseText } from '../ProseText';
import { useViewStore } from '../../state/view-store';
import type { Language } from '../../data/vocabulary';
import { progressLabel, TYPE_LABELS } from '../../i18n/labels';
import { shortMeetingLabel } from '../../i18n/localized';
import { EvidenceList } from './EvidenceList';
import { ItemLink } from './ItemLink';
import { MESSAGES } from './messages';

interface CommitmentCardProps {
  commitment: Commitment;
  lookups: DatasetIndex;
  lang: Language;
  headingLevel?: 2 | 3;
  /** Prefix of the heading's id, so the same card can appear twice on a page (list and dialog). */
  idPrefix?: string;
  /** The list shows one quote and a disclosure with the others; the dialog shows them all. */
  quotes?: 'first' | 'all';
}

/** The start of a list card's heading id (`commitment-<id>`), by which the card is found again. */
export const CARD_ID_PREFIX = 'commitment';

export const CommitmentCard = memo(function CommitmentCard({
  commitment,
  lookups,
  lang,
  headingLevel = 3,
  idPrefix = CARD_ID_PREFIX,
  quotes = 'first',
}: CommitmentCardProps) {
  const t = MESSAGES[lang];
  // The words searched for are marked in the title and the summary.
  const query = useViewStore((state) => state.view.q);
  const meeting = lookups.meetings.get(commitment.meeting);
  const date = commitmentDate(commitment, meeting);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="commitment" aria-labelledby={`${idPrefix}-${commitment.id}`}>
      <Heading id={`${idPrefix}-${commitment.id}`} className="commitment-title" lang={lang}>
        <ItemLink item={commitment.id} lang={lang}>
          <bdi>
            <Highlighted
              text={shortenText(commitment.title[lang], MAX_TITLE_CHARACTERS)}
              query={query}
            />
          </bdi>
        </ItemLink>
      </Heading>
      <p className={`confidence confidence-${commitment.confidence}`}>
        {t.confidenceMeaning[commitment.confidence]}
      </p>
      <dl className="commitment-facts">
        <div>
          <dt>{t.status}</dt>
          <dd>{progressLabel(commitment, lang)}</dd>
        </div>
        <div>
          <dt>{t.type}</dt>
          <dd>{TYPE_LABELS[lang][commitment.type]}</dd>
        </div>
        <div>
          <dt>{t.meeting}</dt>
          <dd>{meeting ? shortMeetingLabel(meeting, lang) : commitment.meeting}</dd>
        </div>
        {date && (
          <div>
            <dt>{t.date}</dt>
            <dd>{formatDate(date, lang)}</dd>
          </div>
        )}
      </dl>
      <ul className="chips" aria-label={t.domains} lang={lang}>
        {commitment.domains.map((id) => {
          const domain = lookups.domains.get(id);
          return (
            <li key={id} className="chip">
              <Swatch color={domain?.color} />
              <bdi>{domain?.label[lang] ?? id}</bdi>
            </li>
          );
        })}
      </ul>
      <ProseText
        value={commitment.summary}
        lang={lang}
        query={query}
        commitments={lookups.commitments}
      />
      {commitment.confidenceNote && (
        <ProseText
          value={commitment.confidenceNote}
          lang={lang}
          className="confidence-note"
          commitments={lookups.commitments}
        />
      )}
      {quotes === 'all' || commitment.evidence.length <= 1 ? (
        <EvidenceList evidence={commitment.evidence} sources={lookups.sources} lang={lang} />
      ) : (
        <>
          <EvidenceList
            evidence={commitment.evidence.slice(0, 1)}
            sources={lookups.sources}
            lang={lang}
          />
          <details className="more-quotes">
            <summary>
              {t.moreQuotes(
                commitment.evidence.length - 1,
                formatNumber(commitment.evidence.length - 1, lang),
              )}
            </summary>
            <EvidenceList
              evidence={commitment.evidence.slice(1)}
              sources={lookups.sources}
              lang={lang}
            />
          </details>
        </>
      )}
    </article>
  );
});
