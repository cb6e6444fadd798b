import { memo } from 'react';
import { MeetingName } from '../../components/MeetingName';
import { Swatch } from '../../ui/Swatch';
import { matrixCount, type DomainMeetingMatrix as Matrix } from '../../data/aggregate';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../data/vocabulary';
import { shortMeetingLabel } from '../../i18n/localized';
import { useViewStore } from '../../state/view-store';
import { MESSAGES } from './messages';

/** Background shading for a count: five steps, so equal counts always look equal. */
function shade(count: number, max: number): string {
  if (count === 0 || max === 0) return 'cell-0';
  return `cell-${Math.min(4, Math.ceil((count / max) * 4))}`;
}

export const DomainMeetingMatrix = memo(function DomainMeetingMatrix({
  matrix,
  lang,
}: {
  matrix: Matrix;
  lang: Language;
}) {
  const domainsSet = useViewStore((state) => state.domainsSet);
  const meetingsSet = useViewStore((state) => state.meetingsSet);
  const cellSelected = useViewStore((state) => state.cellSelected);
  const t = MESSAGES[lang];

  return (
    <section className="panel" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t.heading}</h2>
      <p className="panel-summary">{t.intro}</p>
      <div className="table-scroll">
        <table className="matrix">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.domain}</th>
              {matrix.meetings.map((meeting) => (
                <th scope="col" key={meeting.id} lang={lang}>
                  <button
                    type="button"
                    className="header-button"
                    onClick={() => meetingsSet([meeting.id])}
                    title={meeting.title[lang]}
                  >
                    <MeetingName meeting={meeting} lang={lang} />
                    <span className="visually-hidden">{t.onlyMeeting}</span>
                  </button>
                </th>
              ))}
              <th scope="col">{t.total}</th>
            </tr>
          </thead>
          <tbody>
            {matrix.domains.map((domain) => (
              <tr key={domain.id}>
                <th scope="row" lang={lang}>
                  <button
                    type="button"
                    className="header-button"
                    onClick={() => domainsSet([domain.id])}
                  >
                    <Swatch color={domain.color} />
                    {domain.label[lang]}
                    <span className="visually-hidden">{t.onlyDomain}</span>
                  </button>
                </th>
                {matrix.meetings.map((meeting) => {
                  const count = matrixCount(matrix, domain.id, meeting.id);
                  if (meeting.status === 'planned' && count === 0) {
                    return (
                      <td key={meeting.id} className="cell-planned">
                        {t.planned}
                      </td>
                    );
                  }
                  return (
                    <td key={meeting.id} className={shade(count, matrix.max)}>
                      <button
                        type="button"
                        className="cell-button"
                        onClick={() => cellSelected(domain.id, meeting.id)}
                        aria-label={t.cell(
                          formatNumber(count, lang),
                          domain.label[lang],
                          shortMeetingLabel(meeting, lang),
                        )}
                      >
                        {formatNumber(count, lang)}
                      </button>
                    </td>
                  );
                })}
                <td className="total">
                  {formatNumber(matrix.domainTotals.get(domain.id) ?? 0, lang)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.commitments}</th>
              {matrix.meetings.map((meeting) => (
                <td key={meeting.id} className="total">
                  {meeting.status === 'planned' && !matrix.meetingTotals.get(meeting.id)
                    ? t.planned
                    : formatNumber(matrix.meetingTotals.get(meeting.id) ?? 0, lang)}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
});
