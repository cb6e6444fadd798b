import { useTransition } from 'react';
import { isPlainClick } from '../../components/commitment/item-link';
import { serializeView } from '../../state/url-codec';
import type { Mode, View } from '../../state/view';
import { useViewStore } from '../../state/view-store';
import { MESSAGES } from './messages';

const MODES: Mode[] = ['overview', 'compare', 'about', 'changes'];

/** Links between the overview, the comparison and the About page; each keeps the filters. */
export function ViewSwitch({ view }: { view: View }) {
  const modeChanged = useViewStore((state) => state.modeChanged);
  // The other view is drawn in the background; the page answers the click at once.
  const [pending, startTransition] = useTransition();
  const t = MESSAGES[view.lang];
  return (
    <nav aria-label={t.label} className="view-switch" aria-busy={pending}>
      {MODES.map((mode) => (
        <a
          key={mode}
          href={`?${serializeView({ ...view, mode, item: null })}`}
          aria-current={view.mode === mode ? 'page' : undefined}
          onClick={(event) => {
            if (!isPlainClick(event)) return;
            event.preventDefault();
            if (view.mode !== mode) startTransition(() => modeChanged(mode));
          }}
        >
          {t.modes[mode]}
        </a>
      ))}
    </nav>
  );
}
