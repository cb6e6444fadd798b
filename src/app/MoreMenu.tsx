import { Children, useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * The header's less used tools behind one button (a disclosure): Enter or Space opens and closes
 * the list, Escape closes it and gives the focus back to the button, and so does a click outside.
 * The tools stay mounted while it is closed, so that what they are doing (a copy, a file being
 * read) goes on.
 */
export function MoreMenu({
  label,
  open,
  setOpen,
  children,
}: {
  label: string;
  open: boolean;
  setOpen: (open: boolean) => void;
  children: ReactNode;
}) {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, setOpen]);

  return (
    <div
      className="more-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="secondary more-menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul id={id} className="more-menu-list" hidden={!open}>
        {Children.map(children, (child) => (child ? <li>{child}</li> : null))}
      </ul>
    </div>
  );
}
