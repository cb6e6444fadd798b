import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
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

  const open = async (file: File) => {
    setState({ status: 'reading', name: file.name });
    const options = fileDatasetQueryOptions(file);
    try {
      await queryClient.fetchQuery(options);
      setState({ status: 'idle' });
      onOpened(file);
    } catch (cause) {
      queryClient.removeQueries({ queryKey: options.queryKey });
      const error =
        cause instanceof DatasetError
          ? cause
          : new DatasetError({ kind: 'file', file: file.name, problem: 'unreadable' }, { cause });
      setState({ status: 'rejected', name: file.name, error });
    }
  };

  return { state, open, dismiss: () => setState({ status: 'idle' }) };
}
