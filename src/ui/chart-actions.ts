import type { ReactNode } from 'react';

/** A chart, as the controls drawn beside it (such as downloads) need to know it. */
export interface ChartInfo {
  /** Stable, for file names: "commitments-per-meeting". */
  id: string;
  /** The chart's title as the page shows it. */
  title: string;
}

/**
 * Controls a page puts beside each chart, drawn inside the chart's figure (or section). Charts take
 * them from the page that composes them, so a chart does not depend on what the controls do.
 */
export type ChartActions = (chart: ChartInfo) => ReactNode;
