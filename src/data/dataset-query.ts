import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './dataset-error';
import { fetchDataset, readDatasetFile } from './load-dataset';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/partnership.json`;

const MAX_AUTOMATIC_RETRIES = 2;

export function datasetQueryOptions(url: string = BUNDLED_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A static file: once loaded it does not go stale, and it is kept while a reader's own file is
    // shown, so that going back never depends on the network again.
    staleTime: Infinity,
    gcTime: Infinity,
    // Retry only what may heal by itself (network, 5xx); a broken file will not.
    retry: (failureCount, error) =>
      error instanceof DatasetError && error.isTransient && failureCount < MAX_AUTOMATIC_RETRIES,
  });
}

/** A file the reader opened: read once, kept for the session, never retried. */
export function fileDatasetQueryOptions(file: File) {
  return queryOptions({
    queryKey: ['dataset', 'file', `${file.name}|${file.size}|${file.lastModified}`],
    queryFn: () => readDatasetFile(file),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
