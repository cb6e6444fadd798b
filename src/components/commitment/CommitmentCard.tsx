import { MAX_TITLE_CHARACTERS, shortenText } from '../../i18n/shorten-text';
import { memo } from 'react';
import { Swatch } from '../../ui/Swatch';
import { formatDate } from '../../i18n/format';
import { commitmentDate } from '../../data/order';
import type { DatasetIndex } from '../../data/index-dataset';
import type { Commitment } from '../../data/schema';
import { ProseText } from '../ProseText';
import type { Language } from '../../data/vocabulary';
import { CONFIDENCE_LABELS, progressLabel, TYPE_LABELS } from '../../i18n/labels';
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
}

export const CommitmentCard = memo(function CommitmentCard({
  commitment,
  lookups,
  lang,
  headingLevel = 3,
  idPrefix = 'commitment',
}: CommitmentCardProps) {
  const meeting = lookups.meetings.get(commitment.meeting);
  const date = commitmentDate(commitment, meeting);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="commitment" aria-labelledby={`${idPrefix}-${commitment.id}`}>
      <Heading id={`${idPrefix}-${commitment.id}`} className="commitment-title" lang={lang}>
        <ItemLink item={commitment.id} lang={lang}>
          <bdi>{shortenText(commitment.title[lang], MAX_TITLE_CHARACTERS)}</bdi>
        </ItemLink>
      </Heading>
      <p className="commitment-facts">
        <span className={`confidence confidence-${commitment.confidence}`}>
          {CONFIDENCE_LABELS[lang][commitment.confidence]}
        </span>
        <span>{meeting ? shortMeetingLabel(meeting, lang) : commitment.meeting}</span>
        {date && <span>{formatDate(date, lang)}</span>}
        <span>{TYPE_LABELS[lang][commitment.type]}</span>
        <span>{progressLabel(commitment, lang)}</span>
      </p>
      <ul className="chips" aria-label={MESSAGES[lang].domains} lang={lang}>
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
      <ProseText value={commitment.summary} lang={lang} />
      {commitment.confidenceNote && (
        <ProseText value={commitment.confidenceNote} lang={lang} className="confidence-note" />
      )}
      <EvidenceList evidence={commitment.evidence} sources={lookups.sources} lang={lang} />
    </article>
  );
});
