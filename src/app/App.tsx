import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Dashboard } from './Dashboard';
import { createQueryClient } from './query-client';

export function App({
  queryClient,
  earlyFile,
}: {
  queryClient?: QueryClient;
  /** A file the reader chose before the app ran: opened at once. */
  earlyFile?: File;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <Dashboard earlyFile={earlyFile} />
    </QueryClientProvider>
  );
}
