import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './dataset-error';
import { fetchReleaseIndex, loadDataset, readDatasetFile } from './load-dataset';

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/partnership.json`;

const MAX_AUTOMATIC_RETRIES = 2;

export const RELEASE_INDEX_URL = `${import.meta.env.BASE_URL}data/releases/index.json`;

/** A kept release, by its number (checked against VERSION_PATTERN before it gets here). */
export function releaseDatasetUrl(version: string): string {
  return `${import.meta.env.BASE_URL}data/releases/${version}/partnership.json`;
}

/** Worth retrying automatically: the network or the server failed, not the file itself. */
function retryTransient(failureCount: number, error: Error): boolean {
  return error instanceof DatasetError && error.isTransient && failureCount < MAX_AUTOMATIC_RETRIES;
}

/** The index of kept releases: read once a link pins a release, or the changes are shown. */
export function releaseIndexQueryOptions() {
  return queryOptions({
    queryKey: ['releases', RELEASE_INDEX_URL],
    queryFn: ({ signal }) => fetchReleaseIndex(RELEASE_INDEX_URL, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: retryTransient,
  });
}

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

/** One kept release: its own cache entry, loaded, validated and converted like any dataset. */
export function releaseDatasetQueryOptions(version: string) {
  return datasetQueryOptions(releaseDatasetUrl(version));
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
