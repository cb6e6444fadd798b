import { MAX_TITLE_CHARACTERS, shortenText } from '../../i18n/shorten-text';
import { ItemLink } from '../../components/commitment/ItemLink';
import { ShowMore } from '../../ui/ShowMore';
import { EvidenceList } from '../../components/commitment/EvidenceList';
import { THREAD_CHANGES, type ThreadComparison } from '../../data/compare';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Commitment, Meeting, Source, Thread } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { CONFIDENCE_LABELS, progressLabel, STATUS_LABELS } from '../../i18n/labels';
import { shortMeetingLabel } from '../../i18n/localized';
import { MESSAGES } from './messages';

const GROUP_STEP = 30;

interface ThreadComparisonListProps {
  comparisons: readonly ThreadComparison[];
  threads: ReadonlyMap<string, Thread>;
  meetings: ReadonlyMap<string, Meeting>;
  sources: ReadonlyMap<string, Source>;
  lang: Language;
}

function History({
  comparison,
  meetings,
  lang,
}: {
  comparison: ThreadComparison;
  meetings: ReadonlyMap<string, Meeting>;
  lang: Language;
}) {
  const t = MESSAGES[lang];
  const where = (id: string) => {
    const meeting = meetings.get(id);
    return meeting ? shortMeetingLabel(meeting, lang) : id;
  };
  const { lastSeen, firstSeen } = comparison;
  return (
    <>
      {lastSeen && (
        <p className="thread-history">
          {t.lastSeen(
            where(lastSeen.meeting),
            lastSeen.status ? STATUS_LABELS[lang][lastSeen.status] : '',
            formatDate(lastSeen.date, lang),
          )}
        </p>
      )}
      {firstSeen && <p className="thread-history">{t.firstSeen(where(firstSeen))}</p>}
    </>
  );
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
  const t = MESSAGES[lang];
  return (
    <div className="thread-side">
      <p className="thread-side-label">{label}</p>
      {commitments.length === 0 ? (
        <p className="empty-note">{t.notMentioned}</p>
      ) : (
        <ul className="thread-side-list">
          {commitments.map((commitment) => (
            <li key={commitment.id}>
              <ItemLink item={commitment.id} lang={lang}>
                {shortenText(commitment.title[lang], MAX_TITLE_CHARACTERS)}
              </ItemLink>{' '}
              <span className="thread-status">
                {t.facts(
                  progressLabel(commitment, lang),
                  CONFIDENCE_LABELS[lang][commitment.confidence],
                )}
              </span>
              <EvidenceList
                evidence={commitment.evidence.slice(0, 1)}
                sources={sources}
                lang={lang}
              />
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
  meetings,
  sources,
  lang,
}: ThreadComparisonListProps) {
  const t = MESSAGES[lang];
  return (
    <section className="panel" aria-labelledby="thread-comparison-heading">
      <h2 id="thread-comparison-heading">{t.threadHeading}</h2>
      {comparisons.length === 0 && <p className="panel-summary">{t.noThreads}</p>}
      {THREAD_CHANGES.map((change) => {
        const group = comparisons.filter((comparison) => comparison.change === change);
        if (group.length === 0) return null;
        return (
          <section key={change} className="change-group" aria-labelledby={`change-${change}`}>
            <h3 id={`change-${change}`}>
              {t.groupHeading(t.changeHeadings[change], formatNumber(group.length, lang))}
            </h3>
            <p className="panel-summary">{t.changeExplanations[change]}</p>
            <ShowMore
              items={group}
              step={GROUP_STEP}
              noun={t.threadsNoun}
              render={(visible) => (
                <ul className="thread-comparisons">
                  {visible.map((comparison) => (
                    <li key={comparison.thread} className="thread-comparison">
                      <h4>{threads.get(comparison.thread)?.title[lang] ?? comparison.thread}</h4>
                      <History comparison={comparison} meetings={meetings} lang={lang} />
                      <div className="thread-sides">
                        <Side
                          label={t.atA}
                          commitments={comparison.atA}
                          sources={sources}
                          lang={lang}
                        />
                        <Side
                          label={t.atB}
                          commitments={comparison.atB}
                          sources={sources}
                          lang={lang}
                        />
                      </div>
                      {comparison.doubtful.length > 0 && (
                        <Side
                          label={t.doubtfulHeading}
                          commitments={comparison.doubtful}
                          sources={sources}
                          lang={lang}
                        />
                      )}
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
