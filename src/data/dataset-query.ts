import { queryOptions } from '@tanstack/react-query';
import { DatasetError, fetchDataset } from './load-dataset';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/partnership.json`;

const MAX_AUTOMATIC_RETRIES = 2;

export function datasetQueryOptions(url: string = BUNDLED_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A static file: once loaded it does not go stale.
    staleTime: Infinity,
    // Retry only what may heal by itself (network, 5xx); a broken file will not.
    retry: (failureCount, error) =>
      error instanceof DatasetError && error.isTransient && failureCount < MAX_AUTOMATIC_RETRIES,
  });
}
