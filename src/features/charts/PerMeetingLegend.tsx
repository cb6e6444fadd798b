import type { LegendPayload } from 'recharts';
import { ChartLegend } from '../../ui/ChartLegend';

// Laid out as recharts lays out its own legend (set through the CSSOM, which the CSP allows).
const LIST_STYLE = { padding: 0, margin: 0, textAlign: 'center' } as const;
const ITEM_STYLE = { display: 'inline-block', marginRight: 10 } as const;

/** A hatched square, as the doubtful part of the bars is drawn. Decoration: the series is named. */
function HatchSwatch() {
  return (
    <svg className="swatch hatch-swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <rect className="hatch-ground" width="10" height="10" />
      <path className="hatch-line" d="M-2 4 L4 -2 M-2 10 L10 -2 M4 12 L12 4" strokeWidth="2" />
    </svg>
  );
}

/**
 * The legend of the bars: the domains, as every chart names its series, and the claims we doubt
 * with the hatching they are drawn with, so that colour never tells them apart alone.
 */
export function PerMeetingLegend({
  payload,
  doubtfulKey,
  onSelect,
}: {
  payload?: readonly LegendPayload[];
  doubtfulKey: string;
  onSelect: (dataKey: string) => void;
}) {
  const doubtful = payload?.find((entry) => entry.dataKey === doubtfulKey);
  const domains = payload?.filter((entry) => entry !== doubtful);
  return (
    <>
      <ChartLegend payload={domains} onSelect={onSelect} />
      {doubtful && (
        <ul className="recharts-default-legend doubtful-legend" style={LIST_STYLE}>
          <li className="recharts-legend-item" style={ITEM_STYLE}>
            <HatchSwatch /> <span className="legend-label">{doubtful.value}</span>
          </li>
        </ul>
      )}
    </>
  );
}
