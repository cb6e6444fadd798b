import { Suspense, type ReactNode } from 'react';

/**
 * Marks a part of the prerendered page that React may adopt (hydrate) on its own, in its own short
 * task, instead of in one long task with everything else. It draws nothing of its own.
 */
export function HydrationSlice({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
