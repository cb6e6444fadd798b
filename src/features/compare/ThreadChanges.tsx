import { Fragment } from 'react';
import { ItemLink } from '../../components/commitment/ItemLink';
import { EvidenceList } from '../../components/commitment/EvidenceList';
import { MeetingName } from '../../components/MeetingName';
import { ShowMore } from '../../ui/ShowMore';
import type { ThreadComparison } from '../../data/compare';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Commitment, Meeting, Source, Thread } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { CONFIDENCE_LABELS, progressLabel, STATUS_LABELS } from '../../i18n/labels';
import { shortMeetingLabel } from '../../i18n/localized';
import type { LineageGroup } from './lineage-groups';
import { MESSAGES } from './messages';

const GROUP_STEP = 30;

interface ThreadChangesProps {
  groups: readonly LineageGroup[];
  /** The meetings in date order: the columns of the lineage. */
  meetings: readonly Meeting[];
  pair: readonly [string, string];
  /** The letters of the earlier and the later meeting (B and A when A is the later one). */
  letters: { from: string; to: string };
  threads: ReadonlyMap<string, Thread>;
  meetingsById: ReadonlyMap<string, Meeting>;
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
  const status = lastSeen?.status ? STATUS_LABELS[lang][lastSeen.status] : '';
  return (
    <>
      {lastSeen && (
        <span className="thread-history">
          {lastSeen.kind === 'step'
            ? t.lastSeenStep(where(lastSeen.meeting), status, formatDate(lastSeen.date, lang))
            : t.lastSeenAt(where(lastSeen.meeting), status)}
        </span>
      )}
      {firstSeen && <span className="thread-history">{t.firstSeen(where(firstSeen))}</span>}
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
                {commitment.title[lang]}
              </ItemLink>{' '}
              <span className="thread-status">
                {t.facts(
                  progressLabel(commitment, lang),
                  CONFIDENCE_LABELS[lang][commitment.confidence],
                )}
              </span>
              <EvidenceList evidence={commitment.evidence} sources={sources} lang={lang} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The compared threads, grouped by what changed, each with its commitments at every meeting (a row
 * per thread, a column per meeting; on a narrow screen a card per thread listing only the meetings
 * where it was seen), and its quotes at A and B on demand.
 */
export function ThreadChanges({
  groups,
  meetings,
  pair,
  letters,
  threads,
  meetingsById,
  sources,
  lang,
}: ThreadChangesProps) {
  const t = MESSAGES[lang];
  const headings = t.changeHeadings(letters.to);
  const explanations = t.changeExplanations(letters.from, letters.to);
  const side = (meeting: string) =>
    meeting === pair[1] ? t.letterB : meeting === pair[0] ? t.letterA : '';
  const columnName = (meeting: Meeting) => {
    const marker = side(meeting.id);
    return marker
      ? t.markedMeeting(shortMeetingLabel(meeting, lang), marker)
      : shortMeetingLabel(meeting, lang);
  };
  return (
    <section className="panel" aria-labelledby="thread-comparison-heading">
      <h2 id="thread-comparison-heading">{t.threadHeading}</h2>
      <p className="panel-summary">{t.lineageIntro(letters.from, letters.to)}</p>
      {groups.length === 0 && <p className="panel-summary">{t.noThreads}</p>}
      {groups.map(({ change, rows }) => (
        <section key={change} className="change-group" aria-labelledby={`change-${change}`}>
          <h3 id={`change-${change}`}>
            {t.groupHeading(headings[change], formatNumber(rows.length, lang))}
          </h3>
          <p className="panel-summary">{explanations[change]}</p>
          <ShowMore
            items={rows}
            step={GROUP_STEP}
            noun={t.threadsNoun}
            render={(visible) => (
              <table className="lineage">
                <caption className="visually-hidden">{t.lineageCaption(headings[change])}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.thread}</th>
                    {meetings.map((meeting) => (
                      <th
                        scope="col"
                        key={meeting.id}
                        className={side(meeting.id) ? 'compared' : undefined}
                      >
                        <MeetingName meeting={meeting} lang={lang} />
                        {side(meeting.id) && (
                          <span className="lineage-side">{t.columnMarker(side(meeting.id))}</span>
                        )}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {visible.map(({ comparison, cells }) => (
                    <Fragment key={comparison.thread}>
                      <tr className="lineage-thread">
                        <th scope="row">
                          <span className="lineage-thread-title">
                            {threads.get(comparison.thread)?.title[lang] ?? comparison.thread}
                          </span>
                          <History comparison={comparison} meetings={meetingsById} lang={lang} />
                        </th>
                        {meetings.map((meeting, index) => {
                          const cell = cells[index] ?? [];
                          return (
                            <td
                              key={meeting.id}
                              data-meeting={columnName(meeting)}
                              className={side(meeting.id) ? 'compared' : undefined}
                            >
                              {cell.length > 0 && (
                                <ul className="lineage-entries">
                                  {cell.map((commitment) => (
                                    <li key={commitment.id} className="lineage-entry">
                                      <ItemLink item={commitment.id} lang={lang}>
                                        {commitment.title[lang]}
                                      </ItemLink>
                                      <span className="thread-status">
                                        {' '}
                                        {progressLabel(commitment, lang)}
                                      </span>
                                    </li>
                                  ))}
                                </ul>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                      <tr className="lineage-quotes">
                        <td colSpan={meetings.length + 1}>
                          <details>
                            <summary>
                              {t.quotesSummary(
                                threads.get(comparison.thread)?.title[lang] ?? comparison.thread,
                              )}
                            </summary>
                            <div className="thread-sides">
                              {/* Compared earlier to later: atA is the earlier meeting's. */}
                              <Side
                                label={t.at(letters.from)}
                                commitments={comparison.atA}
                                sources={sources}
                                lang={lang}
                              />
                              <Side
                                label={t.at(letters.to)}
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
                          </details>
                        </td>
                      </tr>
                    </Fragment>
                  ))}
                </tbody>
              </table>
            )}
          />
        </section>
      ))}
    </section>
  );
}
