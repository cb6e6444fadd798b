import { serializeView } from '../../state/url-codec';
import type { View } from '../../state/view';

/** The address of a commitment opened over the current view. */
export function hrefForItem(view: View, item: string): string {
  return `?${serializeView({ ...view, item })}`;
}
