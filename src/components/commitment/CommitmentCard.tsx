import { memo } from 'react';
import { Swatch } from '../Swatch';
import { formatDate } from '../../data/format';
import { commitmentDate } from '../../data/selectors';
import type { Commitment, Domain, Meeting, Source } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { CONFIDENCE_LABELS, STATUS_LABELS, TYPE_LABELS } from '../../i18n/labels';
import { shortMeetingLabel } from '../../i18n/localized';
import { EvidenceList } from './EvidenceList';

export interface CommitmentLookups {
  meetings: ReadonlyMap<string, Meeting>;
  domains: ReadonlyMap<string, Domain>;
  sources: ReadonlyMap<string, Source>;
}

interface CommitmentCardProps {
  commitment: Commitment;
  lookups: CommitmentLookups;
  lang: Language;
  /** The address of this commitment's own view, for the title link. */
  href: string;
  onOpen: (id: string) => void;
  headingLevel?: 3 | 4;
}

export const CommitmentCard = memo(function CommitmentCard({
  commitment,
  lookups,
  lang,
  href,
  onOpen,
  headingLevel = 3,
}: CommitmentCardProps) {
  const meeting = lookups.meetings.get(commitment.meeting);
  const date = commitmentDate(commitment, meeting);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="commitment" aria-labelledby={`commitment-${commitment.id}`}>
      <Heading id={`commitment-${commitment.id}`} className="commitment-title">
        <a
          href={href}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onOpen(commitment.id);
          }}
        >
          {commitment.title[lang]}
        </a>
      </Heading>
      <p className="commitment-facts">
        <span className={`confidence confidence-${commitment.confidence}`}>
          {CONFIDENCE_LABELS[commitment.confidence]}
        </span>
        <span>{meeting ? shortMeetingLabel(meeting, lang) : commitment.meeting}</span>
        {date && <span>{formatDate(date, lang)}</span>}
        <span>{TYPE_LABELS[commitment.type]}</span>
        <span>{STATUS_LABELS[commitment.status]}</span>
      </p>
      <ul className="chips" aria-label="Domains">
        {commitment.domains.map((id) => {
          const domain = lookups.domains.get(id);
          return (
            <li key={id} className="chip">
              <Swatch color={domain?.color} />
              {domain?.label[lang] ?? id}
            </li>
          );
        })}
      </ul>
      <p>{commitment.summary}</p>
      {commitment.confidenceNote && <p className="confidence-note">{commitment.confidenceNote}</p>}
      <EvidenceList evidence={commitment.evidence} sources={lookups.sources} />
    </article>
  );
});
