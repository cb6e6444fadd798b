import type { ThreadChange } from '../../data/compare';
import { formatNumber } from '../../i18n/format';
import type { Meeting } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { catalog } from '../../i18n/catalog';
import { meetingPlace } from '../../i18n/localized';

const plural = (count: number, formatted: string, one: string, many: string) =>
  `${formatted} ${count === 1 ? one : many}`;

type Counts = Record<ThreadChange, number>;

// The summary is copied into reports as it is, so each language has its own whole sentence.
const SENTENCES = catalog(
  {
    same: (route: string, total: number, n: (value: number) => string) =>
      `${route}: the same meeting on both sides, so nothing changed (${plural(total, n(total), 'thread', 'threads')}).`,
    none: (route: string) =>
      `${route}: no commitments match the current filters at either meeting.`,
    changes: (route: string, counts: Counts, n: (value: number) => string) =>
      `${route}: ${plural(counts.new, n(counts.new), 'thread', 'threads')} new, ${n(counts.advanced)} advanced, ${n(counts.carried)} carried over, ${n(counts['last-seen'])} last seen before.`,
    pending: (meeting: string) => ` ${meeting} is planned and has no recorded commitments yet.`,
  },
  {
    same: (route: string, total: number, n: (value: number) => string) =>
      `${route}：比較元と比較先が同じ会合のため、変化はありません（取組${n(total)}件）。`,
    none: (route: string) =>
      `${route}：現在の絞り込み条件に該当する合意事項は、どちらの会合にもありません。`,
    changes: (route: string, counts: Counts, n: (value: number) => string) =>
      `${route}：取組のうち新規${n(counts.new)}件、進展${n(counts.advanced)}件、継続${n(counts.carried)}件、比較先より前に最後の記録${n(counts['last-seen'])}件。`,
    pending: (meeting: string) => `${meeting}は開催予定で、合意事項はまだ記録されていません。`,
  },
);

/** One sentence a reader can paste into a report, e.g. "Brussels 2024 → Tokyo 2025: 3 threads new, …". */
export function compareSummary(a: Meeting, b: Meeting, counts: Counts, lang: Language): string {
  const t = SENTENCES[lang];
  const n = (value: number) => formatNumber(value, lang);
  const route = `${meetingPlace(a, lang)} → ${meetingPlace(b, lang)}`;
  const total = counts.new + counts.advanced + counts.carried + counts['last-seen'];
  if (a.id === b.id) return t.same(route, total, n);
  if (total === 0) return t.none(route);
  const pending =
    b.status === 'planned' && counts.new + counts.carried + counts.advanced === 0
      ? t.pending(b.title[lang])
      : '';
  return `${t.changes(route, counts, n)}${pending}`;
}
