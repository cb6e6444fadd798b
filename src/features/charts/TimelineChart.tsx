import {
  CartesianGrid,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SIGNED_DOCUMENT_TYPES, type TimelineEvent } from '../../data/aggregate';
import { formatDate } from '../../data/format';
import type { Commitment, Language, Meeting } from '../../data/schema';
import { shortMeetingLabel } from '../../i18n/localized';
import { useViewStore } from '../../state/view-store';

interface TimelineChartProps {
  events: readonly TimelineEvent[];
  meetings: ReadonlyMap<string, Meeting>;
  commitments: ReadonlyMap<string, Commitment>;
  lang: Language;
}

const ROWS = { meeting: 1, documents: 0 } as const;

function pointEvent(point: { payload?: unknown }): TimelineEvent | undefined {
  const payload = point.payload as Partial<TimelineEvent> | undefined;
  return payload && Array.isArray(payload.ids) ? (payload as TimelineEvent) : undefined;
}

export function TimelineChart({ events, meetings, commitments, lang }: TimelineChartProps) {
  const meetingsSet = useViewStore((state) => state.meetingsSet);
  const itemOpened = useViewStore((state) => state.itemOpened);
  const documentsShown = useViewStore((state) => state.signedDocumentsShown);

  const label = (event: TimelineEvent) => {
    if (event.kind === 'meeting') return shortMeetingLabel(meetings.get(event.id)!, lang);
    if (event.ids.length === 1) return commitments.get(event.id)?.title[lang] ?? event.id;
    return `${event.ids.length} signed documents`;
  };
  const points = events.map((event) => ({ ...event, row: ROWS[event.kind], label: label(event) }));
  const documentPoints = points.filter((point) => point.kind === 'documents');
  const documentCount = documentPoints.reduce((sum, point) => sum + point.ids.length, 0);
  const years = events.map((event) => new Date(event.time).getUTCFullYear());
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  const ticks = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) =>
    Date.UTC(first + i, 0, 1),
  );

  const openDocuments = (event: TimelineEvent) => {
    // One document opens; several on one day are listed by filtering to them.
    if (event.ids.length === 1) itemOpened(event.id);
    else documentsShown(event.meeting, [...SIGNED_DOCUMENT_TYPES]);
  };

  return (
    <figure className="chart" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">Timeline of meetings and signed documents</h3>
      <p className="panel-summary">
        {events.length === 0
          ? 'No dated meeting or signed document matches the current filters.'
          : `${points.length - documentPoints.length} meetings and ${documentCount} signed documents from ${formatDate(events[0]!.date, lang)} to ${formatDate(events[events.length - 1]!.date, lang)}.`}
      </p>
      <div className="chart-frame chart-frame-short">
        {events.length > 0 && (
          <ResponsiveContainer width="100%" height="100%">
            <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                dataKey="time"
                type="number"
                domain={[ticks[0]!, ticks[ticks.length - 1]!]}
                ticks={ticks}
                tickFormatter={(time: number) => String(new Date(time).getUTCFullYear())}
              />
              <YAxis
                dataKey="row"
                type="number"
                domain={[-0.5, 1.5]}
                ticks={[0, 1]}
                width={110}
                tickFormatter={(row: number) => (row === 1 ? 'Meetings' : 'Signed documents')}
              />
              <Tooltip
                cursor={false}
                content={({ payload }) => {
                  const point = payload?.[0]?.payload as (typeof points)[number] | undefined;
                  return point ? (
                    <div className="tooltip">
                      <strong>{point.label}</strong>
                      <br />
                      {formatDate(point.date, lang)}
                    </div>
                  ) : null;
                }}
              />
              <Scatter
                name="Meetings"
                data={points.filter((point) => point.kind === 'meeting')}
                fill="#0b4f9c"
                shape="circle"
                isAnimationActive={false}
                cursor="pointer"
                onClick={(point) => {
                  const event = pointEvent(point);
                  if (event) meetingsSet([event.id]);
                }}
              />
              <Scatter
                name="Signed documents"
                data={documentPoints}
                fill="#a40e26"
                shape="diamond"
                isAnimationActive={false}
                cursor="pointer"
                onClick={(point) => {
                  const event = pointEvent(point);
                  if (event) openDocuments(event);
                }}
              />
            </ScatterChart>
          </ResponsiveContainer>
        )}
      </div>
      <details>
        <summary>Timeline as a table</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={`${point.kind}-${point.id}`}>
                <td>{formatDate(point.date, lang)}</td>
                <td>{point.label}</td>
                <td>{point.kind === 'meeting' ? 'Meeting' : 'Signed documents'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
