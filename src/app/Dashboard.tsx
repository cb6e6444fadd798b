import { useQuery, useQueryClient } from '@tanstack/react-query';
import { startTransition, Suspense, useMemo, useState } from 'react';
import { LoadingState } from '../ui/LoadingState';
import {
  datasetQueryOptions,
  fileDatasetQueryOptions,
  releaseDatasetQueryOptions,
} from '../data/dataset-query';
import { DatasetErrorState } from '../features/dataset-status/DatasetErrorState';
import { CopyEmbedButton } from '../features/embed/CopyEmbedButton';
import { LanguageSwitch } from '../features/language/LanguageSwitch';
import { OpenDatasetControl } from '../features/own-dataset/OpenDatasetControl';
import { PrintLine } from '../features/print/PrintLine';
import { CopyLinkButton } from '../features/share/CopyLinkButton';
import { ThemeControl } from '../features/theme/ThemeControl';
import { ViewSwitch } from '../features/view-switch/ViewSwitch';
import { useUrlSync } from '../state/use-url-sync';
import { useViewStore } from '../state/view-store';
import { DashboardBody } from './DashboardBody';
import { DatasetBanner, EmbedBar, ReleaseBanner, UrlNotices } from './lazy-parts';
import { MoreMenu } from './MoreMenu';
import { CitedRelease } from '../components/cited-release';
import { nameOfView } from './name-of-view';
import { MESSAGES } from './messages';
import { useDocumentLanguage } from './use-document-language';
import { useShownRelease } from './use-shown-release';

export function Dashboard({ earlyFile }: { earlyFile?: File } = {}) {
  // The reader's own file, when one is open; its parsed data lives in the query cache.
  const [ownFile, setOwnFile] = useState<File | null>(null);
  // The header's "More" tools; they open by themselves to show why a file was refused.
  const [moreOpen, setMoreOpen] = useState(false);
  const queryClient = useQueryClient();
  const view = useViewStore((state) => state.view);
  const hasNotices = useViewStore((state) => state.notices.length > 0);
  // A link may pin a release (v=): it is loaded, validated and converted like the latest.
  const release = useShownRelease(view, ownFile !== null);
  const options = ownFile
    ? fileDatasetQueryOptions(ownFile)
    : release.version
      ? releaseDatasetQueryOptions(release.version)
      : datasetQueryOptions();
  const query = useQuery({
    ...options,
    enabled: ownFile !== null || release.version !== undefined,
  });
  const { data, refetch, isFetching } = query;
  const error = query.error ?? release.indexError;
  useUrlSync(data);
  const t = MESSAGES[view.lang];
  // The view names itself, under the heading and in the tab's title, once it is filtered.
  const viewName = useMemo(() => nameOfView(view, data), [view, data]);
  useDocumentLanguage(view.lang, viewName ? t.titleOf(viewName) : t.documentTitle);

  return (
    <div className={view.embed ? 'page page-embed' : 'page'}>
      <a className="skip-link" href="#main">
        {t.skipLink}
      </a>
      {view.embed && (
        <Suspense fallback={null}>
          <EmbedBar view={view} />
        </Suspense>
      )}
      <header className="page-header" hidden={view.embed}>
        <div>
          <p className="page-kicker">{t.kicker}</p>
          <h1>{t.heading}</h1>
          {viewName ? (
            <p className="page-view" aria-live="polite">
              {t.showing(viewName)}
            </p>
          ) : (
            <p className="page-lede">{t.lede}</p>
          )}
        </div>
        <div className="header-actions">
          <LanguageSwitch lang={view.lang} />
          <CopyLinkButton />
          <MoreMenu label={t.more} open={moreOpen} setOpen={setMoreOpen}>
            <CopyEmbedButton />
            <OpenDatasetControl
              pendingFile={earlyFile}
              onOpened={(file) => startTransition(() => setOwnFile(file))}
              onRefused={() => setMoreOpen(true)}
            />
            <ThemeControl lang={view.lang} />
          </MoreMenu>
        </div>
      </header>
      <PrintLine lang={view.lang} />
      {ownFile && (
        <Suspense fallback={null}>
          <DatasetBanner
            fileName={ownFile.name}
            commitments={data?.commitments.length}
            version={data?.meta.version}
            onBack={() => {
              // The file is not kept once the reader leaves it: it may be tens of megabytes.
              queryClient.removeQueries({ queryKey: fileDatasetQueryOptions(ownFile).queryKey });
              setOwnFile(null);
            }}
          />
        </Suspense>
      )}
      {!ownFile && view.version && release.index && (
        <Suspense fallback={null}>
          <ReleaseBanner view={view} index={release.index} />
        </Suspense>
      )}
      {!view.embed && <ViewSwitch view={view} />}
      {hasNotices && (
        <Suspense fallback={null}>
          <UrlNotices />
        </Suspense>
      )}
      {data ? (
        // Exports and citations pin the release shown; a reader's own file is no release.
        <CitedRelease value={ownFile ? null : data.meta.version}>
          <DashboardBody dataset={data} view={view} releaseIndex={release.index} />
        </CitedRelease>
      ) : (
        <main id="main" tabIndex={-1}>
          {error ? (
            <DatasetErrorState
              error={error}
              onRetry={() => (query.error ? void refetch() : release.retryIndex())}
              retrying={isFetching}
            />
          ) : (
            <LoadingState label={t.loadingDataset} />
          )}
        </main>
      )}
    </div>
  );
}
