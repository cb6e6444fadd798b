import { capNotices, type UrlNotice } from './notices';
import type { View } from './view';

export interface KnownIds {
  domains: ReadonlySet<string>;
  meetings: ReadonlySet<string>;
  commitments: ReadonlySet<string>;
  /** The pair compared when none is given: written as none, so one view has one URL. */
  defaultComparePair?: readonly [string, string] | null;
}

export interface ReconciledView {
  view: View;
  notices: UrlNotice[];
}

function keepKnown(
  ids: string[],
  known: ReadonlySet<string>,
  key: 'domains' | 'meetings',
  notices: UrlNotice[],
): string[] {
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) notices.push({ kind: 'unknown-ids', key, values: unknown });
  return unknown.length > 0 ? ids.filter((id) => known.has(id)) : ids;
}

/** Drops ids the dataset does not have, saying which; returns the same view object when all are known. */
export function reconcileView(view: View, known: KnownIds): ReconciledView {
  const notices: UrlNotice[] = [];
  const domains = keepKnown(view.domains, known.domains, 'domains', notices);
  const meetings = keepKnown(view.meetings, known.meetings, 'meetings', notices);

  let compare = view.compare;
  if (compare && !compare.every((id) => known.meetings.has(id))) {
    notices.push({ kind: 'unknown-compare', values: [...compare] });
    compare = null;
  }
  const pair = known.defaultComparePair;
  if (compare && pair && compare[0] === pair[0] && compare[1] === pair[1]) compare = null;

  let item = view.item;
  if (item && !known.commitments.has(item)) {
    notices.push({ kind: 'unknown-item', value: item });
    item = null;
  }

  const unchanged =
    domains === view.domains &&
    meetings === view.meetings &&
    compare === view.compare &&
    item === view.item;
  if (unchanged) return { view, notices: capNotices(notices) };
  return { view: { ...view, domains, meetings, compare, item }, notices: capNotices(notices) };
}
