import { queryOptions } from '@tanstack/react-query';
import { loadDataset, readDatasetFile } from './load-dataset';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/partnership.json`;

export function datasetQueryOptions(url: string = BUNDLED_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    // loadDataset retries what may heal by itself (network, timeout, 5xx) within one overall
    // deadline; react-query must not add attempts (or a new round on mount) beyond it.
    queryFn: ({ signal }) => loadDataset(url, signal),
    // A static file: once loaded it does not go stale, and it is kept while a reader's own file is
    // shown, so that going back never depends on the network again.
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    retryOnMount: false,
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
