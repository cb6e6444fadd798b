import { memo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { MeetingName } from '../../components/MeetingName';
import { Swatch } from '../../ui/Swatch';
import { matrixCount, type DomainMeetingMatrix as Matrix } from '../../data/aggregate';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../data/vocabulary';
import { shortMeetingLabel } from '../../i18n/localized';
import { useViewStore } from '../../state/view-store';
import { nextGridPosition, type GridPosition } from './grid-navigation';
import { MESSAGES } from './messages';

/** Background shading for a count: five steps, so equal counts always look equal. */
function shade(count: number, max: number): string {
  if (count === 0 || max === 0) return 'cell-0';
  return `cell-${Math.min(4, Math.ceil((count / max) * 4))}`;
}

const at = ([row, column]: GridPosition) => `${row}:${column}`;

/**
 * The domain × meeting table: one tab stop, arrow keys between its cells (the ARIA grid pattern,
 * with a roving tabindex); Enter or Space on a domain, a meeting or a count filters to it and
 * brings the results into view. A count of zero is plain text: there is nothing to show. On a
 * narrow screen the same numbers are a list of domain cards, one line per meeting.
 */
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
  const resultsRequested = useViewStore((state) => state.resultsRequested);
  const t = MESSAGES[lang];
  const [active, setActive] = useState<GridPosition>([1, 1]);
  const table = useRef<HTMLTableElement>(null);
  const rows = matrix.domains.length + 2;
  const columns = matrix.meetings.length + 2;
  // The position that takes the Tab stop: the one last focused, while it still exists.
  const current: GridPosition =
    active[0] < rows && active[1] < columns ? active : [Math.min(1, rows - 1), 0];

  const then = (filter: () => void) => () => {
    filter();
    resultsRequested();
  };

  const focusable = (position: GridPosition) => ({
    'data-cell': at(position),
    tabIndex: at(position) === at(current) ? 0 : -1,
    onFocus: () => setActive(position),
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const next = nextGridPosition(current, event.key, rows, columns, event.ctrlKey);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    table.current?.querySelector<HTMLElement>(`[data-cell="${at(next)}"]`)?.focus();
  };

  /** A cell of the grid that filters nothing: focusable by the arrows, read as it is. */
  const plainCell = (position: GridPosition, className: string, content: ReactNode) => (
    <td className={className} {...focusable(position)}>
      {content}
    </td>
  );

  return (
    <section className="panel" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{t.heading}</h2>
      <p className="panel-summary">{t.intro}</p>
      <p className="panel-summary matrix-keys">{t.keys}</p>
      <div className="table-scroll matrix-wide">
        <table className="matrix" role="grid" ref={table} onKeyDown={onKeyDown}>
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col" {...focusable([0, 0])}>
                {t.domain}
              </th>
              {matrix.meetings.map((meeting, index) => (
                <th scope="col" key={meeting.id} lang={lang}>
                  <button
                    type="button"
                    className="header-button"
                    onClick={then(() => meetingsSet([meeting.id]))}
                    title={meeting.title[lang]}
                    {...focusable([0, index + 1])}
                  >
                    <MeetingName meeting={meeting} lang={lang} />
                    <span className="visually-hidden">{t.onlyMeeting}</span>
                  </button>
                </th>
              ))}
              <th scope="col" {...focusable([0, columns - 1])}>
                {t.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.domains.map((domain, rowIndex) => {
              const row = rowIndex + 1;
              return (
                <tr key={domain.id}>
                  <th scope="row" lang={lang}>
                    <button
                      type="button"
                      className="header-button"
                      onClick={then(() => domainsSet([domain.id]))}
                      {...focusable([row, 0])}
                    >
                      <Swatch color={domain.color} />
                      {domain.label[lang]}
                      <span className="visually-hidden">{t.onlyDomain}</span>
                    </button>
                  </th>
                  {matrix.meetings.map((meeting, index) => {
                    const position: GridPosition = [row, index + 1];
                    const count = matrixCount(matrix, domain.id, meeting.id);
                    const label = t.cell(
                      count,
                      domain.label[lang],
                      shortMeetingLabel(meeting, lang),
                    );
                    if (meeting.status === 'planned' && count === 0) {
                      return (
                        <td key={meeting.id} className="cell-planned" {...focusable(position)}>
                          {t.planned}
                        </td>
                      );
                    }
                    if (count === 0) {
                      return (
                        <td key={meeting.id} className="cell-0" {...focusable(position)}>
                          <span aria-hidden="true">{formatNumber(0, lang)}</span>
                          <span className="visually-hidden">{t.none(label)}</span>
                        </td>
                      );
                    }
                    return (
                      <td key={meeting.id} className={shade(count, matrix.max)}>
                        <button
                          type="button"
                          className="cell-button"
                          onClick={then(() => cellSelected(domain.id, meeting.id))}
                          aria-label={t.filterTo(label)}
                          {...focusable(position)}
                        >
                          {formatNumber(count, lang)}
                        </button>
                      </td>
                    );
                  })}
                  {plainCell(
                    [row, columns - 1],
                    'total',
                    formatNumber(matrix.domainTotals.get(domain.id) ?? 0, lang),
                  )}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" {...focusable([rows - 1, 0])}>
                {t.commitments}
              </th>
              {matrix.meetings.map((meeting, index) => (
                <td key={meeting.id} className="total" {...focusable([rows - 1, index + 1])}>
                  {meeting.status === 'planned' && !matrix.meetingTotals.get(meeting.id)
                    ? t.planned
                    : formatNumber(matrix.meetingTotals.get(meeting.id) ?? 0, lang)}
                </td>
              ))}
              <td {...focusable([rows - 1, columns - 1])} />
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="matrix-cards" aria-label={t.caption}>
        {matrix.domains.map((domain) => (
          <li key={domain.id} className="matrix-card" lang={lang}>
            <h3>
              <button
                type="button"
                className="header-button"
                onClick={then(() => domainsSet([domain.id]))}
              >
                <Swatch color={domain.color} />
                {domain.label[lang]}
                <span className="visually-hidden">{t.onlyDomain}</span>
              </button>
              <span className="matrix-card-total">
                {t.totalOf(formatNumber(matrix.domainTotals.get(domain.id) ?? 0, lang))}
              </span>
            </h3>
            <ul>
              {matrix.meetings.map((meeting) => {
                const count = matrixCount(matrix, domain.id, meeting.id);
                const name = shortMeetingLabel(meeting, lang);
                const label = t.cell(count, domain.label[lang], name);
                return (
                  <li key={meeting.id} className={shade(count, matrix.max)}>
                    <span className="matrix-card-meeting">{name}</span>
                    {meeting.status === 'planned' && count === 0 ? (
                      <span className="matrix-card-count cell-planned">{t.planned}</span>
                    ) : count === 0 ? (
                      <span className="matrix-card-count">{formatNumber(0, lang)}</span>
                    ) : (
                      <button
                        type="button"
                        className="cell-button matrix-card-count"
                        onClick={then(() => cellSelected(domain.id, meeting.id))}
                        aria-label={t.filterTo(label)}
                      >
                        {formatNumber(count, lang)}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
});
