import type { ReactNode } from 'react';

/**
 * Draws what `children` returns, during its own render: placed inside a panel's error boundary,
 * a derivation that failed (rethrown by `unwrap`) shows as that panel's failure, not the page's.
 */
export function Derived({ children }: { children: () => ReactNode }) {
  return children();
}
