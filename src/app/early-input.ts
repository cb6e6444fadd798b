// What the reader did on the prerendered page before the app took it over. The build draws the
// filters as plain form controls, which work before any script runs: a box ticked or a search
// typed while the data loads stays on screen. When the app starts, it applies that input to the
// view, so that the address, the counts, Copy link and the exports describe what the screen shows.
// The markup says what the build drew (`defaultChecked`, `defaultValue` are the HTML attributes);
// the live properties say what the reader made of it.
import type { View } from '../state/view';
import type { useViewStore } from '../state/view-store';

type Store = ReturnType<typeof useViewStore.getState>;

/** The filter lists, by the `name` of their checkboxes (src/features/filters/FilterPanel.tsx). */
const LISTS = {
  domains: 'domainToggled',
  meetings: 'meetingToggled',
  types: 'typeToggled',
  statuses: 'statusToggled',
  confidence: 'confidenceToggled',
} as const satisfies Partial<Record<keyof View, keyof Store>>;

export interface EarlyInput {
  /** Whether the reader changed any filter, so that the markup no longer shows the view. */
  changed: boolean;
  /** Applies the reader's changes to the view in the store (after the address was read). */
  apply: (store: () => Store) => void;
  /** Puts the focus back on the control the reader was using, once the app has drawn the page. */
  restoreFocus: () => void;
}

const isList = (name: string): name is keyof typeof LISTS => Object.hasOwn(LISTS, name);

export function readEarlyInput(root: HTMLElement): EarlyInput {
  const form = root.querySelector('form.filter-panel');
  const boxes = form
    ? [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter(
        (box) => box.checked !== box.defaultChecked,
      )
    : [];
  const search = form?.querySelector<HTMLInputElement>('#search');
  const q = search && search.value !== search.defaultValue ? search.value : null;

  // The focused control, found again by what it is, not by its generated id.
  const focused = document.activeElement;
  const focusKey =
    focused instanceof HTMLInputElement && form?.contains(focused)
      ? focused.name
        ? `input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`
        : focused.id && `#${CSS.escape(focused.id)}`
      : '';
  const selection =
    focused instanceof HTMLInputElement && focused.type === 'search'
      ? [focused.selectionStart, focused.selectionEnd]
      : null;

  return {
    changed: boxes.length > 0 || q !== null,
    apply(store) {
      for (const box of boxes) {
        if (box.id === 'show-doubtful') {
          store().doubtfulClaimsShown(box.checked);
        } else if (isList(box.name)) {
          const list = store().view[box.name] as readonly string[];
          // Toggled only where the view differs from the box: applying twice changes nothing.
          if (list.includes(box.value) !== box.checked) {
            (store()[LISTS[box.name]] as (value: string) => void)(box.value);
          }
        }
      }
      if (q !== null) store().searchChanged(q);
    },
    restoreFocus() {
      const control = focusKey ? root.querySelector<HTMLInputElement>(focusKey) : null;
      if (!control) return;
      control.focus({ preventScroll: true });
      const [start, end] = selection ?? [];
      if (typeof start === 'number' && typeof end === 'number')
        control.setSelectionRange(start, end);
    },
  };
}
