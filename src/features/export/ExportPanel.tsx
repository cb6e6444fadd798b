import { memo, useMemo, useState } from 'react';
import { CopyButton } from '../../ui/CopyButton';
import { formatNumber, localIsoDate } from '../../i18n/format';
import type { Commitment, Dataset } from '../../data/schema';
import type { View } from '../../state/view';
import { WithAddresses } from '../../ui/WithAddresses';
import { bibtex, citation, cslJson, ris, type CitationInput } from './citation';
import type { DatasetIndex } from '../../data/index-dataset';
import { describeView } from '../../i18n/describe-view';
import { downloadBlob } from './download';
import type { ExportFormat } from './export-file';
import { MESSAGES } from './messages';
import { comparedPair } from '../../state/compared-pair';
import { commitmentsToExport } from './selection';
import { usePageAddress, useToday } from './use-client-values';
import { currentPage, viewUrl } from '../../state/view-url';
import { citedView, shownView } from '../../state/cited-view';
import { useCitedRelease } from '../../components/cited-release';

export interface ExportPanelProps {
  dataset: Dataset;
  /** The view the commitments were derived from. */
  view: View;
  /** The page's filtered commitments: the list's, or in a comparison those of every meeting. */
  commitments: readonly Commitment[];
  lookups: DatasetIndex;
}

type Status = { kind: 'busy' | 'done' | 'failed'; text: string } | null;

/** "Export and cite": the current view's commitments as CSV or JSON, and how to cite the view. */
export const ExportPanel = memo(function ExportPanel({
  dataset,
  view,
  commitments,
  lookups,
}: ExportPanelProps) {
  const t = MESSAGES[view.lang];
  const pair = useMemo(() => comparedPair(view, dataset), [view, dataset]);
  const selected = useMemo(() => commitmentsToExport(commitments, pair), [commitments, pair]);
  const title = useMemo(() => describeView(view, lookups, pair), [view, lookups, pair]);
  const [status, setStatus] = useState<Status>(null);
  const release = useCitedRelease();

  const citationInput = (page: string, accessed: string): CitationInput => ({
    meta: dataset.meta,
    title,
    // The full page's, pinned to the release and the pair: it reopens what was cited.
    url: viewUrl(page, citedView(view, release, pair)),
    accessed,
    lang: view.lang,
  });
  // What is copied or written into a file is read at that moment: the browser's address and date.
  const now = () => citationInput(currentPage(), localIsoDate(new Date()));
  const page = usePageAddress();
  const today = useToday();
  const shown = page !== null && today !== null ? citationInput(page, today) : null;

  const download = async (format: ExportFormat) => {
    // One file at a time. The buttons stay enabled, so that keyboard focus stays on them.
    if (status?.kind === 'busy') return;
    setStatus({ kind: 'busy', text: t.preparing });
    try {
      const { url, accessed: date } = now();
      // The file's code is loaded when a file is first asked for.
      const { exportFile } = await import('./export-file');
      const { blob, fileName } = await exportFile(format, {
        dataset,
        // A reader's own file is no release, whatever `v=` the address names.
        view: shownView(view, release),
        pair,
        commitments: selected,
        title,
        url,
        date,
      });
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done', text: t.downloaded(fileName) });
    } catch (error) {
      console.warn('export failed', error);
      setStatus({ kind: 'failed', text: t.fileFailed });
    }
  };

  const count = formatNumber(selected.length, view.lang);
  const one = selected.length === 1;
  return (
    <section className="panel export-panel" aria-labelledby="export-heading" lang={view.lang}>
      <h2 id="export-heading">{t.heading}</h2>
      <p className="panel-summary" aria-live="polite">
        {t.sentences(
          pair ? t.matchingCompared(count, one) : t.matching(count, one),
          t.whatFilesHold,
        )}
      </p>
      {selected.length === 0 ? (
        <p className="export-empty">{t.nothingToExport}</p>
      ) : (
        <div className="export-actions" role="group" aria-label={t.downloadsLabel}>
          <button type="button" onClick={() => void download('csv')}>
            {t.downloadCsv}
          </button>
          <button type="button" onClick={() => void download('csv-metadata')}>
            {t.downloadCsvMetadata}
          </button>
          <button type="button" onClick={() => void download('json')}>
            {t.downloadJson}
          </button>
        </div>
      )}
      <p
        role="status"
        className={status?.kind === 'failed' ? 'export-status export-failed' : 'export-status'}
      >
        {status?.text}
      </p>

      <h3>{t.citeHeading}</h3>
      {shown && (
        <p className="citation" id="citation-text">
          <WithAddresses text={citation(shown)} />
        </p>
      )}
      <CopyButton
        label={t.copyCitation}
        text={() => citation(now())}
        copiedMessage={t.citationCopied}
      />
      <details className="bibtex">
        <summary>BibTeX</summary>
        {shown && (
          <pre lang="" translate="no">
            <code id="bibtex-text">{bibtex(shown)}</code>
          </pre>
        )}
      </details>
      <CopyButton label={t.copyBibtex} text={() => bibtex(now())} copiedMessage={t.bibtexCopied} />
      <details className="bibtex">
        <summary>RIS</summary>
        {shown && (
          <pre lang="" translate="no">
            <code id="ris-text">{ris(shown)}</code>
          </pre>
        )}
      </details>
      <CopyButton label={t.copyRis} text={() => ris(now())} copiedMessage={t.risCopied} />
      <details className="bibtex">
        <summary>CSL-JSON</summary>
        {shown && (
          <pre lang="" translate="no">
            <code id="csl-json-text">{cslJson(shown)}</code>
          </pre>
        )}
      </details>
      <CopyButton
        label={t.copyCslJson}
        text={() => cslJson(now())}
        copiedMessage={t.cslJsonCopied}
      />
    </section>
  );
});
