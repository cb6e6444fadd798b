// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../data/schema';
import { fixtureDataset } from '../../testing/test-fixture';
import { useOpenDataset } from './use-open-dataset';

/** Each file's reading is a promise the test settles, in whatever order it likes. */
const pending = new Map<string, { resolve: (dataset: Dataset) => void }>();
vi.mock('../../data/load-dataset', () => ({
  readDatasetFile: (file: File) =>
    new Promise<Dataset>((resolve) => pending.set(file.name, { resolve })),
}));

const named = (name: string) => new File(['{}'], name, { lastModified: name.length });

describe('useOpenDataset', () => {
  it('shows the file opened last, even when an older one is read after it', async () => {
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const onOpened = vi.fn();
    const { result } = renderHook(() => useOpenDataset(onOpened), { wrapper });

    let first: Promise<void> | undefined;
    let second: Promise<void> | undefined;
    act(() => {
      first = result.current.open(named('older.json'));
    });
    act(() => {
      second = result.current.open(named('newer-file.json'));
    });
    await act(async () => {
      pending.get('newer-file.json')!.resolve(fixtureDataset);
      await second;
    });
    await act(async () => {
      pending.get('older.json')!.resolve(fixtureDataset);
      await first;
    });

    expect(onOpened.mock.calls.map(([file]) => (file as File).name)).toEqual(['newer-file.json']);
    expect(result.current.state).toEqual({ status: 'idle' });
  });
});
