import { useRef, useState } from 'react';
import type { ChartInfo } from '../../ui/chart-actions';
import type { Dataset } from '../../data/schema';
import type { View } from '../../state/view';
import type { DatasetIndex } from '../../data/index-dataset';
import { describeView } from '../../i18n/describe-view';
import { downloadBlob } from './download';
import type { ChartFormat } from './chart-image/chart-file';
import { comparedPair } from '../../state/compared-pair';
import { localIsoDate } from '../../i18n/format';
import { MESSAGES } from './messages';
import { currentPage, viewUrl } from '../../state/view-url';
import { citedView, shownView } from '../../state/cited-view';
import { useCitedRelease } from '../../components/cited-release';

const FORMATS: readonly ChartFormat[] = ['svg', 'png'];

export interface ChartDownloadsProps {
  chart: ChartInfo;
  dataset: Dataset;
  /** The view the chart was drawn from. */
  view: View;
  lookups: DatasetIndex;
}

/** "Download SVG" and "Download PNG" for one chart, with its title and source drawn in. */
export function ChartDownloads({ chart, dataset, view, lookups }: ChartDownloadsProps) {
  const t = MESSAGES[view.lang];
  const [status, setStatus] = useState<string | null>(null);
  const group = useRef<HTMLDivElement>(null);
  const release = useCitedRelease();

  const download = async (format: ChartFormat) => {
    // The chart these buttons sit beside: the figure (or section) that holds both.
    const container = group.current?.closest('figure, section');
    if (!container) return;
    try {
      // The image code is loaded when a chart is first downloaded.
      const { chartFile } = await import('./chart-image/chart-file');
      const pair = comparedPair(view, dataset);
      const file = await chartFile(format, {
        container,
        id: chart.id,
        texts: {
          title: chart.title,
          subtitle: describeView(view, lookups, pair),
          source: t.source(
            dataset.meta.title[view.lang],
            dataset.meta.version,
            viewUrl(currentPage(), citedView(view, release, pair)),
          ),
        },
        view: shownView(view, release),
        pair,
        date: localIsoDate(new Date()),
      });
      if (!file) {
        setStatus(t.chartNotDrawn);
        return;
      }
      downloadBlob(file.blob, file.fileName);
      setStatus(t.downloaded(file.fileName));
    } catch (error) {
      console.warn('chart download failed', error);
      setStatus(t.imageFailed);
    }
  };

  return (
    <div
      ref={group}
      className="chart-downloads"
      role="group"
      aria-label={t.chartDownloadsLabel(chart.title)}
      lang={view.lang}
    >
      {FORMATS.map((format) => {
        const label = format === 'svg' ? t.downloadSvg : t.downloadPng;
        return (
          <button
            key={format}
            type="button"
            className="secondary"
            aria-label={label + t.ofChart(chart.title)}
            onClick={() => void download(format)}
          >
            {label}
          </button>
        );
      })}
      <span role="status" className="chart-download-status">
        {status}
      </span>
    </div>
  );
}
