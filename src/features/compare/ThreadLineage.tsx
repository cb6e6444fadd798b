import { MAX_TITLE_CHARACTERS, shortenText } from '../../i18n/shorten-text';
import { ItemLink } from '../../components/commitment/ItemLink';
import { MeetingName } from '../../components/MeetingName';
import { ShowMore } from '../../ui/ShowMore';
import type { Commitment, Meeting, Thread } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { progressLabel } from '../../i18n/labels';
import { formatNumber } from '../../i18n/format';
import { MESSAGES } from './messages';

interface ThreadLineageProps {
  threads: readonly Thread[];
  meetings: readonly Meeting[];
  commitments: readonly Commitment[];
  lang: Language;
}

const LINEAGE_STEP = 50;

/** Every line of work across every meeting: a row per thread, a column per meeting. */
export function ThreadLineage({ threads, meetings, commitments, lang }: ThreadLineageProps) {
  const t = MESSAGES[lang];
  const cells = new Map<string, Commitment[]>();
  for (const commitment of commitments) {
    const key = `${commitment.thread}|${commitment.meeting}`;
    // Pushed, not copied: one cell may hold thousands of commitments.
    const cell = cells.get(key);
    if (cell) cell.push(commitment);
    else cells.set(key, [commitment]);
  }
  const shownThreads = threads.filter((thread) =>
    meetings.some((meeting) => cells.has(`${thread.id}|${meeting.id}`)),
  );

  return (
    <section className="panel" aria-labelledby="lineage-heading">
      <h2 id="lineage-heading">{t.lineageHeading}</h2>
      <p className="panel-summary">
        {t.lineageSummary(
          formatNumber(shownThreads.length, lang),
          formatNumber(meetings.length, lang),
        )}
      </p>
      <div className="table-scroll">
        <table className="lineage">
          <caption className="visually-hidden">{t.lineageCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.thread}</th>
              {meetings.map((meeting) => (
                <th scope="col" key={meeting.id}>
                  <MeetingName meeting={meeting} lang={lang} />
                </th>
              ))}
            </tr>
          </thead>
          <ShowMore
            items={shownThreads}
            step={LINEAGE_STEP}
            noun={t.threadsNoun}
            render={(visible) => (
              <tbody>
                {visible.map((thread) => (
                  <tr key={thread.id}>
                    <th scope="row">{shortenText(thread.title[lang], MAX_TITLE_CHARACTERS)}</th>
                    {meetings.map((meeting) => (
                      <td key={meeting.id}>
                        {(cells.get(`${thread.id}|${meeting.id}`) ?? []).map((commitment) => (
                          <p key={commitment.id} className="lineage-entry">
                            <ItemLink item={commitment.id} lang={lang}>
                              {shortenText(commitment.title[lang], MAX_TITLE_CHARACTERS)}
                            </ItemLink>
                            <span className="thread-status">
                              {' '}
                              {progressLabel(commitment, lang)}
                            </span>
                          </p>
                        ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            )}
          />
        </table>
      </div>
    </section>
  );
}
