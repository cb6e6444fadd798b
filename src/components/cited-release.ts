import { createContext, useContext } from 'react';

/**
 * The release an export or a citation pins (`v=`, src/state/cited-view.ts): the one the page shows,
 * or null for a reader's own file, which is no release. Provided by the dashboard.
 */
export const CitedRelease = createContext<string | null>(null);

export const useCitedRelease = (): string | null => useContext(CitedRelease);
