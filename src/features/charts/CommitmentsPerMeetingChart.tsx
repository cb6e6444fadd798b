import { lazy } from 'react';
import type { ChartActions } from '../../ui/chart-actions';
import { matrixCount, type DomainMeetingMatrix } from '../../data/aggregate';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../data/vocabulary';
import { shortMeetingLabel } from '../../i18n/localized';
import { ChartFrame } from './ChartFrame';
import { MESSAGES } from './messages';

const Canvas = lazy(() => import('./CommitmentsPerMeetingCanvas'));

/** The height of a meeting's bar: its domain tags among the domains shown. */
function tagsAt(matrix: DomainMeetingMatrix, meeting: string): number {
  return matrix.domains.reduce((sum, domain) => sum + matrixCount(matrix, domain.id, meeting), 0);
}

/** What the bars add up to, and how many commitments carry those tags. */
export function perMeetingTotals(matrix: DomainMeetingMatrix): {
  commitments: number;
  tags: number;
} {
  let commitments = 0;
  let tags = 0;
  for (const meeting of matrix.meetings) {
    commitments += matrix.meetingTotals.get(meeting.id) ?? 0;
    tags += tagsAt(matrix, meeting.id);
  }
  return { commitments, tags };
}

export function commitmentsPerMeetingSummary(matrix: DomainMeetingMatrix, lang: Language): string {
  const ranked = matrix.meetings
    .map((meeting) => [meeting, tagsAt(matrix, meeting.id)] as const)
    .sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const t = MESSAGES[lang];
  if (!top || top[1] === 0) return t.perMeetingNone;
  return t.perMeetingTop(
    shortMeetingLabel(top[0], lang),
    formatNumber(top[1], lang),
    matrix.meetings.length,
  );
}

export function CommitmentsPerMeetingChart({
  matrix,
  lang,
  actions,
}: {
  matrix: DomainMeetingMatrix;
  lang: Language;
  actions?: ChartActions;
}) {
  const t = MESSAGES[lang];
  const totals = perMeetingTotals(matrix);
  return (
    <figure className="chart" aria-labelledby="per-meeting-heading">
      <h3 id="per-meeting-heading">{t.perMeetingHeading}</h3>
      <p className="panel-summary">{commitmentsPerMeetingSummary(matrix, lang)}</p>
      <ChartFrame>
        <Canvas matrix={matrix} lang={lang} />
      </ChartFrame>
      {actions?.({ id: 'commitments-per-meeting', title: t.perMeetingHeading })}
      <figcaption
        className="panel-summary"
        data-commitments={totals.commitments}
        data-tags={totals.tags}
      >
        {t.perMeetingCaption(totals.commitments, totals.tags)}
      </figcaption>
    </figure>
  );
}
