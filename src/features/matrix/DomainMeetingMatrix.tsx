import { memo } from 'react';
import { Swatch } from '../../components/Swatch';
import type { DomainMeetingMatrix as Matrix } from '../../data/aggregate';
import type { Language } from '../../data/vocabulary';
import { shortMeetingLabel } from '../../i18n/localized';
import { useViewStore } from '../../state/view-store';

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

  return (
    <section className="panel" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Domains × meetings</h2>
      <p className="panel-summary">
        Commitments per domain at each meeting; a commitment in several domains counts once in each.
        Select a cell, a domain or a meeting to filter to it.
      </p>
      <div className="table-scroll">
        <table className="matrix">
          <caption className="visually-hidden">
            Number of commitments by domain (rows) and meeting (columns)
          </caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              {matrix.meetings.map((meeting) => (
                <th scope="col" key={meeting.id} lang={lang}>
                  <button
                    type="button"
                    className="header-button"
                    onClick={() => meetingsSet([meeting.id])}
                    title={meeting.title[lang]}
                  >
                    {shortMeetingLabel(meeting, lang)}
                    <span className="visually-hidden">: show only this meeting</span>
                  </button>
                </th>
              ))}
              <th scope="col">Total</th>
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
                    <span className="visually-hidden">: show only this domain</span>
                  </button>
                </th>
                {matrix.meetings.map((meeting) => {
                  const count = matrix.counts[domain.id]?.[meeting.id] ?? 0;
                  return (
                    <td key={meeting.id} className={shade(count, matrix.max)}>
                      <button
                        type="button"
                        className="cell-button"
                        onClick={() => cellSelected(domain.id, meeting.id)}
                        aria-label={`${count} in ${domain.label[lang]} at ${shortMeetingLabel(meeting, lang)}: filter to them`}
                      >
                        {count}
                      </button>
                    </td>
                  );
                })}
                <td className="total">{matrix.domainTotals[domain.id] ?? 0}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Commitments</th>
              {matrix.meetings.map((meeting) => (
                <td key={meeting.id} className="total">
                  {matrix.meetingTotals[meeting.id] ?? 0}
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
