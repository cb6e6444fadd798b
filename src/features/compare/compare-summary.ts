import type { ThreadChange } from '../../data/compare';
import { formatNumber } from '../../i18n/format';
import type { Dataset, Meeting } from '../../data/schema';
import type { Language } from '../../data/vocabulary';
import { catalog } from '../../i18n/catalog';
import { meetingLabel } from '../../i18n/localized';

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
    backwards: ' Meeting A is the later of the two, so the comparison reads from B to A.',
    source: (summary: string, dataset: string, version: string, url: string) =>
      `${summary}\nSource: ${dataset}, dataset v${version}, ${url}`,
  },
  {
    same: (route: string, total: number, n: (value: number) => string) =>
      `${route}：比較元と比較先が同じ会合のため、変化はありません（取組${n(total)}件）。`,
    none: (route: string) =>
      `${route}：現在の絞り込み条件に該当する合意事項は、どちらの会合にもありません。`,
    changes: (route: string, counts: Counts, n: (value: number) => string) =>
      `${route}：取組のうち新規${n(counts.new)}件、進展${n(counts.advanced)}件、継続${n(counts.carried)}件、後の会合より前に最後の記録${n(counts['last-seen'])}件。`,
    pending: (meeting: string) => `${meeting}は開催予定で、合意事項はまだ記録されていません。`,
    backwards: '比較元の会合の方が後に開かれたため、比較先から比較元の順に読んでいます。',
    source: (summary: string, dataset: string, version: string, url: string) =>
      `${summary}\n出典：${dataset}、データセット バージョン${version}、${url}`,
  },
);

/**
 * One sentence a reader can paste into a report, read from the earlier meeting to the later, e.g.
 * "Council 2 (Brussels 2024) → Council 3 (Tokyo 2025): 3 threads new, …". `backwards` says that
 * meeting A was the later one, so that the sentence does not read as if B came after A.
 */
export function compareSummary(
  earlier: Meeting,
  later: Meeting,
  counts: Counts,
  lang: Language,
  backwards = false,
): string {
  const t = SENTENCES[lang];
  const n = (value: number) => formatNumber(value, lang);
  // The meetings' full short names: a place and a year alone can name two meetings (Tokyo 2025).
  const route = `${meetingLabel(earlier, lang)} → ${meetingLabel(later, lang)}`;
  const total = counts.new + counts.advanced + counts.carried + counts['last-seen'];
  if (earlier.id === later.id) return t.same(route, total, n);
  const direction = backwards ? t.backwards : '';
  if (total === 0) return `${t.none(route)}${direction}`;
  const pending =
    later.status === 'planned' && counts.new + counts.carried + counts.advanced === 0
      ? t.pending(later.title[lang])
      : '';
  return `${t.changes(route, counts, n)}${pending}${direction}`;
}

/** What "Copy summary" copies: the summary, then the dataset, its version and the view's address. */
export function summaryWithSource(
  summary: string,
  meta: Pick<Dataset['meta'], 'title' | 'version'>,
  url: string,
  lang: Language,
): string {
  return SENTENCES[lang].source(summary, meta.title[lang], meta.version, url);
}
