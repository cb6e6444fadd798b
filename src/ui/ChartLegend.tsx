import type { LegendPayload } from 'recharts';
import { Swatch } from './Swatch';

// Laid out as recharts lays out its own legend (set through the CSSOM, which the CSP allows).
const LIST_STYLE = { padding: 0, margin: 0, textAlign: 'center' } as const;
const ITEM_STYLE = { display: 'inline-block', marginRight: 10 } as const;

interface ChartLegendProps {
  /** Given by recharts' <Legend content={…}>. */
  payload?: readonly LegendPayload[];
  onSelect?: (dataKey: string) => void;
}

/**
 * A chart's legend: recharts' own names each icon with English words ("… legend icon"); here the
 * swatch is decoration and the series is named once, in the page's language.
 */
export function ChartLegend({ payload, onSelect }: ChartLegendProps) {
  if (!payload?.length) return null;
  return (
    <ul className="recharts-default-legend" style={LIST_STYLE}>
      {payload.map((entry, index) => (
        <li
          key={index}
          className="recharts-legend-item"
          style={ITEM_STYLE}
          onClick={() => {
            if (typeof entry.dataKey === 'string') onSelect?.(entry.dataKey);
          }}
        >
          <Swatch color={entry.color} /> <span className="legend-label">{entry.value}</span>
        </li>
      ))}
    </ul>
  );
}
