import { ItemLink } from '../../components/commitment/ItemLink';
import { ShowMore } from '../../components/ShowMore';
import { EvidenceList } from '../../components/commitment/EvidenceList';
import { THREAD_CHANGES, type ThreadChange, type ThreadComparison } from '../../data/compare';
import type { Commitment, Source, Thread } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { CONFIDENCE_LABELS, STATUS_LABELS } from '../../i18n/labels';

const GROUP_STEP = 30;

export const CHANGE_HEADINGS: Record<ThreadChange, string> = {
  new: 'New at B',
  advanced: 'Advanced',
  continued: 'Continued',
  'not-mentioned': 'Not mentioned at B',
};

const CHANGE_EXPLANATIONS: Record<ThreadChange, string> = {
  new: 'Lines of work that appear at B and not at A.',
  advanced: 'At both meetings, and further along at B (for example announced at A, signed at B).',
  continued: 'At both meetings, no further along at B.',
  'not-mentioned': 'At A, and not mentioned again at B.',
};

interface ThreadComparisonListProps {
  comparisons: readonly ThreadComparison[];
  threads: ReadonlyMap<string, Thread>;
  sources: ReadonlyMap<string, Source>;
  lang: Language;
}

function Side({
  label,
  commitments,
  sources,
  lang,
}: {
  label: string;
  commitments: readonly Commitment[];
  sources: ReadonlyMap<string, Source>;
  lang: Language;
}) {
  return (
    <div className="thread-side">
      <p className="thread-side-label">{label}</p>
      {commitments.length === 0 ? (
        <p className="empty-note">Not mentioned.</p>
      ) : (
        <ul className="thread-side-list">
          {commitments.map((commitment) => (
            <li key={commitment.id}>
              <ItemLink item={commitment.id} lang={lang}>
                {commitment.title[lang]}
              </ItemLink>{' '}
              <span className="thread-status">
                ({STATUS_LABELS[commitment.status]}, {CONFIDENCE_LABELS[commitment.confidence]})
              </span>
              <EvidenceList evidence={commitment.evidence.slice(0, 1)} sources={sources} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ThreadComparisonList({
  comparisons,
  threads,
  sources,
  lang,
}: ThreadComparisonListProps) {
  return (
    <section className="panel" aria-labelledby="thread-comparison-heading">
      <h2 id="thread-comparison-heading">Thread by thread</h2>
      {comparisons.length === 0 && (
        <p className="panel-summary">No line of work matches the current filters at A or B.</p>
      )}
      {THREAD_CHANGES.map((change) => {
        const group = comparisons.filter((comparison) => comparison.change === change);
        if (group.length === 0) return null;
        return (
          <section key={change} className="change-group" aria-labelledby={`change-${change}`}>
            <h3 id={`change-${change}`}>
              {CHANGE_HEADINGS[change]} ({group.length})
            </h3>
            <p className="panel-summary">{CHANGE_EXPLANATIONS[change]}</p>
            <ShowMore
              items={group}
              step={GROUP_STEP}
              noun="threads"
              render={(visible) => (
                <ul className="thread-comparisons">
                  {visible.map((comparison) => (
                    <li key={comparison.thread} className="thread-comparison">
                      <h4>{threads.get(comparison.thread)?.title[lang] ?? comparison.thread}</h4>
                      <div className="thread-sides">
                        <Side
                          label="At A"
                          commitments={comparison.atA}
                          sources={sources}
                          lang={lang}
                        />
                        <Side
                          label="At B"
                          commitments={comparison.atB}
                          sources={sources}
                          lang={lang}
                        />
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            />
          </section>
        );
      })}
    </section>
  );
}
