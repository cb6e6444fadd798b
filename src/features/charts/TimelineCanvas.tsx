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
import { formatDate } from '../../i18n/format';
import { useViewStore } from '../../state/view-store';
import type { Language } from '../../data/vocabulary';
import { MESSAGES } from './messages';

export interface TimelinePoint extends TimelineEvent {
  row: number;
  label: string;
}

function pointEvent(point: { payload?: unknown }): TimelineEvent | undefined {
  const payload = point.payload as Partial<TimelineEvent> | undefined;
  return payload && Array.isArray(payload.ids) ? (payload as TimelineEvent) : undefined;
}

/** The scatter plot itself (recharts), loaded when the chart comes near the screen. */
export default function TimelineCanvas({
  points,
  lang,
}: {
  points: TimelinePoint[];
  lang: Language;
}) {
  const meetingsSet = useViewStore((state) => state.meetingsSet);
  const resultsRequested = useViewStore((state) => state.resultsRequested);
  const itemOpened = useViewStore((state) => state.itemOpened);
  const documentsShown = useViewStore((state) => state.signedDocumentsShown);
  const t = MESSAGES[lang];

  // A loop, not Math.min(...years): a spread of thousands of arguments can overflow the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const point of points) {
    const year = new Date(point.time).getUTCFullYear();
    if (year < first) first = year;
    if (year + 1 > last) last = year + 1;
  }
  const ticks = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) =>
    Date.UTC(first + i, 0, 1),
  );
  const openDocuments = (event: TimelineEvent) => {
    // One document opens; several on one day are listed by filtering to them.
    if (event.ids.length === 1) itemOpened(event.id);
    else {
      documentsShown(event.meeting, [...SIGNED_DOCUMENT_TYPES]);
      resultsRequested();
    }
  };

  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        // No keyboard stop in the drawing: the table below gives every point in words.
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          dataKey="time"
          type="number"
          domain={[ticks[0]!, ticks[ticks.length - 1]!]}
          ticks={ticks}
          tickFormatter={(time: number) => t.year(new Date(time).getUTCFullYear())}
        />
        <YAxis
          dataKey="row"
          type="number"
          domain={[-0.5, 2.5]}
          ticks={[0, 1, 2]}
          width={110}
          tickFormatter={(row: number) =>
            [t.betweenMeetings, t.signedDocuments, t.meetings][row] ?? ''
          }
        />
        <Tooltip
          cursor={false}
          content={({ payload }) => {
            const point = payload?.[0]?.payload as TimelinePoint | undefined;
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
          name={t.meetings}
          data={points.filter((point) => point.kind === 'meeting')}
          // Coloured by the stylesheet, which follows the light or dark theme.
          className="timeline-meetings"
          shape="circle"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(point) => {
            const event = pointEvent(point);
            if (!event) return;
            meetingsSet([event.id]);
            resultsRequested();
          }}
        />
        <Scatter
          name={t.signedDocuments}
          data={points.filter((point) => point.kind === 'documents')}
          className="timeline-documents"
          shape="diamond"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(point) => {
            const event = pointEvent(point);
            if (event) openDocuments(event);
          }}
        />
        <Scatter
          name={t.betweenMeetings}
          data={points.filter((point) => point.kind === 'event')}
          className="timeline-events"
          shape="triangle"
          isAnimationActive={false}
        />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
