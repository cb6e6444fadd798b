import { useState, type ReactNode } from 'react';

interface ShowMoreProps<T> {
  items: readonly T[];
  /** How many are drawn at first and added per click. */
  step: number;
  render: (visible: readonly T[]) => ReactNode;
  noun: string;
}

/** Draws a long collection a step at a time, so a large dataset never floods the page. */
export function ShowMore<T>({ items, step, render, noun }: ShowMoreProps<T>) {
  // Back to the first step whenever the collection itself changes.
  const [shown, setShown] = useState({ items, count: step });
  const count = shown.items === items ? shown.count : step;
  return (
    <>
      {render(items.slice(0, count))}
      {items.length > count && (
        <p className="show-more">
          Showing {count} of {items.length} {noun}.{' '}
          <button type="button" onClick={() => setShown({ items, count: count + step })}>
            Show {Math.min(step, items.length - count)} more
          </button>
        </p>
      )}
    </>
  );
}
