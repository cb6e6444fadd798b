import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { PerMeetingLegend } from './PerMeetingLegend';
import {
  barKey,
  commitmentsPerMeetingByDomain,
  domainOfBarKey,
  type DomainMeetingMatrix,
} from '../../data/aggregate';
import type { Meeting } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { useId, useState } from 'react';
import { meetingTickLines, shortMeetingLabel } from '../../i18n/localized';
import { useViewStore } from '../../state/view-store';
import { MESSAGES } from './messages';

/** The series of unverified and disputed claims, drawn hatched on top of each bar. */
export const DOUBTFUL_KEY = 'doubtful';

/** Below this width per bar, the meetings are named in three very short lines. */
const COMPACT_BELOW_PX = 90;
const LINE_HEIGHT = 14;

/** Short lines under each bar, so that seven meetings fit side by side. */
function MeetingTick({
  x,
  y,
  meeting,
  lang,
  compact,
}: {
  x: number;
  y: number;
  meeting: Meeting | undefined;
  lang: Language;
  compact: boolean;
}) {
  if (!meeting) return null;
  return (
    <text x={x} y={y + 12} textAnchor="middle" fontSize={compact ? 10 : 11} fill="currentColor">
      {meetingTickLines(meeting, lang, compact).map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The stacked bars themselves (recharts), loaded when the chart comes near the screen. */
export default function CommitmentsPerMeetingCanvas({
  matrix,
  lang,
}: {
  matrix: DomainMeetingMatrix;
  lang: Language;
}) {
  const cellSelected = useViewStore((state) => state.cellSelected);
  const resultsRequested = useViewStore((state) => state.resultsRequested);
  const [compact, setCompact] = useState(false);
  const domainsSet = useViewStore((state) => state.domainsSet);
  const doubtfulShown = useViewStore((state) =>
    state.view.confidence.some((level) => level === 'unverified' || level === 'disputed'),
  );
  // Colons are not welcome in a url(#…) reference.
  const hatch = `hatch-${useId().replace(/[^\w-]/g, '')}`;
  const meetingsById = new Map(matrix.meetings.map((meeting) => [meeting.id, meeting]));
  const data = commitmentsPerMeetingByDomain(matrix).map((bar) => ({
    ...bar,
    label: shortMeetingLabel(meetingsById.get(bar.meeting)!, lang),
  }));

  return (
    <ResponsiveContainer
      width="100%"
      height="100%"
      onResize={(width) => setCompact(width / Math.max(1, data.length) < COMPACT_BELOW_PX)}
    >
      {/* A new chart when the set of series changes: recharts otherwise keeps the click
          handlers of series that are gone. */}
      <BarChart
        key={`${matrix.domains.map((domain) => domain.id).join()}|${doubtfulShown}`}
        data={data}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        // The bars' keyboard stop is drawn over the chart (BarKeys), with Enter to choose a bar.
        accessibilityLayer={false}
      >
        <defs>
          <pattern
            id={hatch}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect className="hatch-ground" width="6" height="6" />
            <line className="hatch-line" x1="0" y1="0" x2="0" y2="6" strokeWidth="3" />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="label"
          interval={0}
          height={compact ? 16 + 3 * LINE_HEIGHT : 44}
          tick={({ x, y, index }) => (
            <MeetingTick
              x={Number(x)}
              y={Number(y)}
              meeting={meetingsById.get(data[index]?.meeting ?? '')}
              lang={lang}
              compact={compact}
            />
          )}
        />
        <YAxis
          allowDecimals={false}
          width={44}
          label={{
            value: MESSAGES[lang].perMeetingAxis,
            angle: -90,
            position: 'insideLeft',
            offset: 10,
            fill: 'currentColor',
            fontSize: 12,
            style: { textAnchor: 'middle' },
          }}
        />
        <Tooltip />
        <Legend
          wrapperStyle={{ fontSize: 12, cursor: 'pointer' }}
          content={({ payload }) => (
            <PerMeetingLegend
              payload={payload}
              doubtfulKey={DOUBTFUL_KEY}
              onSelect={(key) => {
                const domain = domainOfBarKey(key);
                if (domain !== null) domainsSet([domain]);
              }}
            />
          )}
        />
        {matrix.domains.map((domain) => (
          <Bar
            key={domain.id}
            dataKey={barKey(domain.id)}
            name={domain.label[lang]}
            stackId="domains"
            // Bars move instantly: animation would lag behind every filter change.
            isAnimationActive={false}
            fill={domain.color}
            cursor="pointer"
            onClick={(bar: { payload?: { meeting?: string } }) => {
              if (!bar.payload?.meeting) return;
              cellSelected(domain.id, bar.payload.meeting);
              resultsRequested();
            }}
          />
        ))}
        {doubtfulShown && (
          <Bar
            key={DOUBTFUL_KEY}
            dataKey={DOUBTFUL_KEY}
            name={MESSAGES[lang].doubtfulSeries}
            stackId="domains"
            isAnimationActive={false}
            fill={`url(#${hatch})`}
            className="doubtful-bar"
          />
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
