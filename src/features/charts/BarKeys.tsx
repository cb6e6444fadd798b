import { useRef, useState, type KeyboardEvent } from 'react';

export interface BarKey {
  id: string;
  /** What the bar is and what choosing it does, in the page's language. */
  label: string;
}

/**
 * The chart's bars for the keyboard: one tab stop, the arrow keys move from bar to bar, Enter or
 * Space chooses one. Each stop lies over its bar, so the focus ring draws around the bar itself;
 * the mouse goes through to the drawing, whose segments keep their own clicks.
 */
export function BarKeys({
  label,
  bars,
  onChoose,
}: {
  label: string;
  bars: readonly BarKey[];
  onChoose: (id: string) => void;
}) {
  const [active, setActive] = useState(0);
  // The ring stops above the legend, whose height depends on how many series it names.
  const [legendHeight, setLegendHeight] = useState<number>();
  const toolbar = useRef<HTMLDivElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(active, bars.length - 1);
  if (bars.length === 0) return null;

  const move = (event: KeyboardEvent, to: number) => {
    event.preventDefault();
    const next = Math.max(0, Math.min(bars.length - 1, to));
    setActive(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') move(event, current + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') move(event, current - 1);
    else if (event.key === 'Home') move(event, 0);
    else if (event.key === 'End') move(event, bars.length - 1);
  };

  return (
    <div
      ref={toolbar}
      className="bar-keys"
      role="toolbar"
      aria-label={label}
      onKeyDown={onKeyDown}
      onFocus={() => {
        const legend = toolbar.current?.parentElement?.querySelector('.recharts-legend-wrapper');
        setLegendHeight(legend instanceof HTMLElement ? legend.offsetHeight : undefined);
      }}
      // Set through the CSSOM once the reader comes here, never written into the page's markup.
      style={legendHeight === undefined ? undefined : { bottom: legendHeight }}
    >
      {bars.map((bar, index) => (
        <button
          key={bar.id}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          tabIndex={index === current ? 0 : -1}
          aria-label={bar.label}
          onFocus={() => setActive(index)}
          onClick={() => onChoose(bar.id)}
        />
      ))}
    </div>
  );
}
