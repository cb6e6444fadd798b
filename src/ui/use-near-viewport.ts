import { useCallback, useState } from 'react';

/**
 * Whether an element is on screen or about to be. False until the page is running in a browser
 * (and so during build-time rendering and hydration); where IntersectionObserver is missing, true.
 * Lets heavy, below-the-fold parts (charts) load only when the reader gets near them.
 */
export function useNearViewport<T extends Element>(
  margin = '300px',
): [(node: T | null) => void, boolean] {
  const [near, setNear] = useState(false);
  const ref = useCallback(
    (node: T | null) => {
      if (!node || near) return;
      if (typeof IntersectionObserver === 'undefined') {
        setNear(true);
        return;
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setNear(true);
            observer.disconnect();
          }
        },
        { rootMargin: margin },
      );
      observer.observe(node);
      return () => observer.disconnect();
    },
    [margin, near],
  );
  return [ref, near];
}
