import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { DatasetError } from '../../data/dataset-error';
import { fileDatasetQueryOptions } from '../../data/dataset-query';

export type OpenState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'rejected'; name: string; error: DatasetError };

/**
 * Reads and validates a file before anything changes: only a valid file replaces the data shown;
 * a rejected one leaves the view and the data exactly as they were.
 */
export function useOpenDataset(onOpened: (file: File) => void) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<OpenState>({ status: 'idle' });
  // Only the file opened last may change the page: an older one that is read later is dropped.
  const latest = useRef(0);

  const open = async (file: File) => {
    const request = ++latest.current;
    setState({ status: 'reading', name: file.name });
    const options = fileDatasetQueryOptions(file);
    try {
      await queryClient.fetchQuery(options);
      if (request !== latest.current) return;
      setState({ status: 'idle' });
      onOpened(file);
    } catch (cause) {
      queryClient.removeQueries({ queryKey: options.queryKey });
      if (request !== latest.current) return;
      const error =
        cause instanceof DatasetError
          ? cause
          : new DatasetError({ kind: 'file', file: file.name, problem: 'unreadable' }, { cause });
      setState({ status: 'rejected', name: file.name, error });
    }
  };

  return {
    state,
    open,
    dismiss: () => {
      latest.current++;
      setState({ status: 'idle' });
    },
  };
}
