import { useQueries } from '@tanstack/react-query';
import { LoadingState } from '../ui/LoadingState';
import { releaseDatasetQueryOptions } from '../data/dataset-query';
import { releaseHistory } from '../data/release-diff';
import type { ReleaseIndex } from '../data/releases';
import type { Dataset } from '../data/schema';
import { ChangesPage } from '../features/changes/ChangesPage';
import { MESSAGES } from '../features/changes/messages';
import { DatasetErrorState } from '../features/dataset-status/DatasetErrorState';
import type { View } from '../state/view';

/**
 * Loads every kept release through the same path as the page's dataset (one cache entry each,
 * validated, 1.x converted), then lists what changed from one to the next.
 */
export function ReleaseChanges({ index, view }: { index: ReleaseIndex | undefined; view: View }) {
  const results = useQueries({
    queries: (index?.releases ?? []).map((release) => releaseDatasetQueryOptions(release.version)),
  });
  const failed = results.find((result) => result.error);
  if (failed?.error) {
    return (
      <DatasetErrorState
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  const datasets = results.map((result) => result.data);
  if (!index || datasets.some((dataset) => !dataset)) {
    return <LoadingState label={MESSAGES[view.lang].loading} />;
  }
  const history = releaseHistory(
    index.releases.map((release, i) => ({ ...release, dataset: datasets[i] as Dataset })),
  );
  return <ChangesPage history={history} view={view} />;
}
