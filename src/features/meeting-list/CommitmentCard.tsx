import { formatDate } from '../../data/format';
import { commitmentDate } from '../../data/selectors';
import type { Commitment, Domain, Meeting, Source } from '../../data/schema';
import { EvidenceList } from './EvidenceList';
import { CONFIDENCE_LABELS, STATUS_LABELS, TYPE_LABELS } from './labels';

interface CommitmentCardProps {
  commitment: Commitment;
  meeting: Meeting;
  domains: ReadonlyMap<string, Domain>;
  sources: ReadonlyMap<string, Source>;
}

export function CommitmentCard({ commitment, meeting, domains, sources }: CommitmentCardProps) {
  const date = commitmentDate(commitment, meeting);
  return (
    <article className="commitment" aria-labelledby={`commitment-${commitment.id}`}>
      <h3 id={`commitment-${commitment.id}`}>{commitment.title.en}</h3>
      <p className="commitment-facts">
        <span className={`confidence confidence-${commitment.confidence}`}>
          {CONFIDENCE_LABELS[commitment.confidence]}
        </span>
        <span>{TYPE_LABELS[commitment.type]}</span>
        <span>{STATUS_LABELS[commitment.status]}</span>
        {date && <span>{formatDate(date)}</span>}
      </p>
      <ul className="chips" aria-label="Domains">
        {commitment.domains.map((id) => (
          <li key={id} className="chip">
            <span
              className="chip-swatch"
              style={{ background: domains.get(id)?.color }}
              aria-hidden="true"
            />
            {domains.get(id)?.label.en ?? id}
          </li>
        ))}
      </ul>
      <p>{commitment.summary}</p>
      {commitment.confidenceNote && <p className="confidence-note">{commitment.confidenceNote}</p>}
      <EvidenceList evidence={commitment.evidence} sources={sources} />
    </article>
  );
}
