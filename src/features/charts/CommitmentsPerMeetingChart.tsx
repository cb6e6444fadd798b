import { lazy } from 'react';
import type { ChartActions } from '../../ui/chart-actions';
import { matrixCount, matrixDoubtful, type DomainMeetingMatrix } from '../../data/aggregate';
import type { Language } from '../../data/vocabulary';
import { shortMeetingLabel } from '../../i18n/localized';
import { useViewStore } from '../../state/view-store';
import { BarKeys } from './BarKeys';
import { ChartFrame } from './ChartFrame';
import { MESSAGES } from './messages';

const Canvas = lazy(() => import('./CommitmentsPerMeetingCanvas'));

/** The height of a meeting's bar: its domain tags among the domains shown. */
function tagsAt(matrix: DomainMeetingMatrix, meeting: string): number {
  return matrix.domains.reduce((sum, domain) => sum + matrixCount(matrix, domain.id, meeting), 0);
}

/** The part of a meeting's bar that is unverified or disputed claims. */
function doubtfulAt(matrix: DomainMeetingMatrix, meeting: string): number {
  return matrix.domains.reduce(
    (sum, domain) => sum + matrixDoubtful(matrix, domain.id, meeting),
    0,
  );
}

/** What the bars add up to, how many commitments carry those tags, and the doubtful part. */
export function perMeetingTotals(matrix: DomainMeetingMatrix): {
  commitments: number;
  tags: number;
  doubtful: number;
} {
  let commitments = 0;
  let tags = 0;
  let doubtful = 0;
  for (const meeting of matrix.meetings) {
    commitments += matrix.meetingTotals.get(meeting.id) ?? 0;
    tags += tagsAt(matrix, meeting.id);
    doubtful += doubtfulAt(matrix, meeting.id);
  }
  return { commitments, tags, doubtful };
}

export function commitmentsPerMeetingSummary(matrix: DomainMeetingMatrix, lang: Language): string {
  const ranked = matrix.meetings
    .map((meeting) => [meeting, tagsAt(matrix, meeting.id)] as const)
    .sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const t = MESSAGES[lang];
  if (!top || top[1] === 0) return t.perMeetingNone;
  return t.perMeetingTop(shortMeetingLabel(top[0], lang), top[1], matrix.meetings.length);
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
  const meetingsSet = useViewStore((state) => state.meetingsSet);
  const resultsRequested = useViewStore((state) => state.resultsRequested);
  return (
    <figure className="chart" aria-labelledby="per-meeting-heading">
      <h3 id="per-meeting-heading">{t.perMeetingHeading}</h3>
      <p className="panel-summary">{commitmentsPerMeetingSummary(matrix, lang)}</p>
      <div className="chart-keys-host">
        <ChartFrame>
          <Canvas matrix={matrix} lang={lang} />
        </ChartFrame>
        <BarKeys
          label={t.barKeys}
          bars={matrix.meetings.map((meeting) => ({
            id: meeting.id,
            label: t.barKey(
              shortMeetingLabel(meeting, lang),
              tagsAt(matrix, meeting.id),
              doubtfulAt(matrix, meeting.id),
            ),
          }))}
          onChoose={(meeting) => {
            meetingsSet([meeting]);
            resultsRequested();
          }}
        />
      </div>
      {actions?.({ id: 'commitments-per-meeting', title: t.perMeetingHeading })}
      <figcaption
        className="panel-summary"
        data-commitments={totals.commitments}
        data-tags={totals.tags}
        data-doubtful={totals.doubtful}
      >
        {t.perMeetingCaption(totals.commitments, totals.tags)}
        {totals.doubtful > 0 && t.perMeetingDoubtful(totals.doubtful)}
      </figcaption>
    </figure>
  );
}
