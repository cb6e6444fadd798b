import { lazy } from 'react';
import type { ChartActions } from '../../components/chart-actions';
import type { DomainMeetingMatrix } from '../../data/aggregate';
import type { Language } from '../../data/vocabulary';
import { shortMeetingLabel } from '../../i18n/localized';
import { ChartFrame } from './ChartFrame';

const Canvas = lazy(() => import('./CommitmentsPerMeetingCanvas'));

export function commitmentsPerMeetingSummary(matrix: DomainMeetingMatrix, lang: Language): string {
  const ranked = matrix.meetings
    .map((meeting) => [meeting, matrix.meetingTotals[meeting.id] ?? 0] as const)
    .sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top || top[1] === 0) return 'No commitments match the current filters.';
  return `${shortMeetingLabel(top[0], lang)} has the most commitments (${top[1]}) among the ${matrix.meetings.length} meetings shown.`;
}

const TITLE = 'Commitments per meeting, by domain';

export function CommitmentsPerMeetingChart({
  matrix,
  lang,
  actions,
}: {
  matrix: DomainMeetingMatrix;
  lang: Language;
  actions?: ChartActions;
}) {
  return (
    <figure className="chart" aria-labelledby="per-meeting-heading">
      <h3 id="per-meeting-heading">{TITLE}</h3>
      <p className="panel-summary">{commitmentsPerMeetingSummary(matrix, lang)}</p>
      <ChartFrame>
        <Canvas matrix={matrix} lang={lang} />
      </ChartFrame>
      {actions?.({ id: 'commitments-per-meeting', title: TITLE })}
      <figcaption className="panel-summary">
        The table “Domains × meetings” above gives the same numbers.
      </figcaption>
    </figure>
  );
}
