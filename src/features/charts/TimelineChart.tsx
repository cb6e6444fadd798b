import { lazy } from 'react';
import type { ChartActions } from '../../ui/chart-actions';
import type { TimelineEvent } from '../../data/aggregate';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Commitment, Meeting, PartnershipEvent } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { shortMeetingLabel } from '../../i18n/localized';
import { ChartFrame } from './ChartFrame';
import { MESSAGES } from './messages';
import type { TimelinePoint } from './TimelineCanvas';

const Canvas = lazy(() => import('./TimelineCanvas'));

const ROWS = { meeting: 2, documents: 1, event: 0 } as const;

interface TimelineChartProps {
  events: readonly TimelineEvent[];
  meetings: ReadonlyMap<string, Meeting>;
  commitments: ReadonlyMap<string, Commitment>;
  partnershipEvents: ReadonlyMap<string, PartnershipEvent>;
  lang: Language;
  actions?: ChartActions;
}

export function TimelineChart({
  events,
  meetings,
  commitments,
  partnershipEvents,
  lang,
  actions,
}: TimelineChartProps) {
  const t = MESSAGES[lang];
  const label = (event: TimelineEvent) => {
    if (event.kind === 'meeting') return shortMeetingLabel(meetings.get(event.id)!, lang);
    if (event.kind === 'event') return partnershipEvents.get(event.id)?.title[lang] ?? event.id;
    if (event.ids.length === 1) return commitments.get(event.id)?.title[lang] ?? event.id;
    return t.documentsOnOneDay(formatNumber(event.ids.length, lang));
  };
  const points: TimelinePoint[] = events.map((event) => ({
    ...event,
    row: ROWS[event.kind],
    label: label(event),
  }));
  const meetingCount = points.filter((point) => point.kind === 'meeting').length;
  const documentCount = points
    .filter((point) => point.kind === 'documents')
    .reduce((sum, point) => sum + point.ids.length, 0);
  const eventCount = points.filter((point) => point.kind === 'event').length;
  const kindLabel = { meeting: t.meeting, documents: t.signedDocuments, event: t.betweenMeetings };

  return (
    <figure className="chart" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t.timelineHeading}</h3>
      <p className="panel-summary">
        {events.length === 0
          ? t.timelineNone
          : t.timelineSummary(
              meetingCount,
              documentCount,
              eventCount,
              formatDate(events[0]!.date, lang),
              formatDate(events[events.length - 1]!.date, lang),
            )}
      </p>
      <ChartFrame short>{points.length > 0 && <Canvas points={points} lang={lang} />}</ChartFrame>
      {points.length > 0 && actions?.({ id: 'timeline', title: t.timelineHeading })}
      <details>
        <summary>{t.timelineTable}</summary>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.date}</th>
                <th scope="col">{t.event}</th>
                <th scope="col">{t.kind}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={`${point.kind}-${point.id}`}>
                  <td>{formatDate(point.date, lang)}</td>
                  <td>{point.label}</td>
                  <td>{kindLabel[point.kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
