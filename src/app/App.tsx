import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MeetingList } from '../features/meeting-list/MeetingList';
import { createQueryClient } from './query-client';

export function App({ queryClient }: { queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <div className="page">
        <header className="page-header">
          <p className="page-kicker">EU–Japan Digital Partnership</p>
          <h1>What the EU and Japan committed to, Council by Council</h1>
          <p className="page-lede">
            Every commitment with the evidence behind it: the source and a verbatim quote.
          </p>
        </header>
        <main id="main">
          <MeetingList />
        </main>
      </div>
    </QueryClientProvider>
  );
}
