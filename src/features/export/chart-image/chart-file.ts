// Loaded when a reader first downloads a chart.
import type { View } from '../../../state/view';
import { exportFileName } from '../file-name';
import { chartSvg, svgToPng, type ChartTexts } from './chart-image';

export type ChartFormat = 'svg' | 'png';

export interface ChartRequest {
  /** The element the chart is drawn in. */
  container: Element;
  /** For file names: "commitments-per-meeting". */
  id: string;
  texts: ChartTexts;
  view: View;
  pair: [string, string] | null;
  /** The reader's date, YYYY-MM-DD. */
  date: string;
}

/** The chart as an SVG or PNG file, and its name; null while the chart is not drawn. */
export async function chartFile(
  format: ChartFormat,
  { container, id, texts, view, pair, date }: ChartRequest,
): Promise<{ blob: Blob; fileName: string } | null> {
  // A PNG is drawn at twice the size, so it stays sharp on dense screens and in print.
  const image = chartSvg(container, texts, format === 'png' ? 2 : 1);
  if (!image) return null;
  const blob =
    format === 'svg'
      ? new Blob([image.svg], { type: 'image/svg+xml;charset=utf-8' })
      : await svgToPng(image);
  return { blob, fileName: exportFileName({ view, pair, date, extension: format, what: id }) };
}
