import { memo } from 'react';
import type { ChartActions } from '../../ui/chart-actions';
import type { DomainMeetingMatrix, TimelineEvent } from '../../data/aggregate';
import type { Commitment, Meeting, PartnershipEvent } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { CommitmentsPerMeetingChart } from './CommitmentsPerMeetingChart';
import { MESSAGES } from './messages';
import { TimelineChart } from './TimelineChart';

export interface OverviewChartsProps {
  matrix: DomainMeetingMatrix;
  events: readonly TimelineEvent[];
  meetings: ReadonlyMap<string, Meeting>;
  commitments: ReadonlyMap<string, Commitment>;
  partnershipEvents: ReadonlyMap<string, PartnershipEvent>;
  lang: Language;
  /** Controls drawn beside each chart. */
  chartActions?: ChartActions;
}

/** The charts panel; each drawing inside loads on its own when it comes near the screen. */
export const OverviewCharts = memo(function OverviewCharts({
  matrix,
  events,
  meetings,
  commitments,
  partnershipEvents,
  lang,
  chartActions,
}: OverviewChartsProps) {
  return (
    <section className="panel charts" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{MESSAGES[lang].heading}</h2>
      <div className="chart-grid">
        <CommitmentsPerMeetingChart matrix={matrix} lang={lang} actions={chartActions} />
        <TimelineChart
          events={events}
          meetings={meetings}
          commitments={commitments}
          partnershipEvents={partnershipEvents}
          lang={lang}
          actions={chartActions}
        />
      </div>
    </section>
  );
});
