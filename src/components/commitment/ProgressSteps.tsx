import { formatDate } from '../../i18n/format';
import type { Commitment, PartnershipEvent, Source } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { CONFIDENCE_LABELS, STATUS_LABELS } from '../../i18n/labels';
import { ProseText } from '../ProseText';
import { EvidenceList } from './EvidenceList';
import { MESSAGES } from './messages';

interface ProgressStepsProps {
  commitment: Commitment;
  sources: ReadonlyMap<string, Source>;
  events: ReadonlyMap<string, PartnershipEvent>;
  /** The dataset's commitments, which a step's note may name by id. */
  commitments: ReadonlyMap<string, Commitment>;
  lang: Language;
}

/**
 * How far a commitment got, step by step and oldest first, each with its date, grade and evidence;
 * for a claim we doubt, what it claims and that it counts for nothing.
 */
export function ProgressSteps({
  commitment,
  sources,
  events,
  commitments,
  lang,
}: ProgressStepsProps) {
  const t = MESSAGES[lang];
  return (
    <section className="progress-steps" aria-labelledby={`progress-${commitment.id}`}>
      <h3 id={`progress-${commitment.id}`}>{t.progressHeading}</h3>
      {commitment.steps ? (
        <ol className="step-list">
          {commitment.steps.map((step, index) => {
            const event = step.event ? events.get(step.event) : undefined;
            return (
              <li key={index} className={`step step-${step.status}`}>
                <p className="step-facts">
                  <time dateTime={step.date}>{formatDate(step.date, lang)}</time>
                  <strong>{STATUS_LABELS[lang][step.status]}</strong>
                  <span>{CONFIDENCE_LABELS[lang][step.confidence]}</span>
                  {event && <span>{t.atEvent(event.title[lang])}</span>}
                </p>
                {step.note && (
                  <ProseText
                    value={step.note}
                    lang={lang}
                    className="step-note"
                    commitments={commitments}
                  />
                )}
                {step.evidence && (
                  <EvidenceList evidence={step.evidence} sources={sources} lang={lang} />
                )}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="step-claim">
          {t.notCounted(commitment.claims ? STATUS_LABELS[lang][commitment.claims] : '')}
        </p>
      )}
      <p className="step-checked">{t.checked(formatDate(commitment.checked, lang))}</p>
    </section>
  );
}
