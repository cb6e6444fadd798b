import type { Dataset } from './schema';

/** The kinds of record a release holds, in the order the changes are listed. */
export const RECORD_KINDS = [
  'commitments',
  'meetings',
  'events',
  'threads',
  'domains',
  'sources',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type ChangeKind = 'added' | 'changed' | 'removed';

/**
 * Every field a changed record can name: the keys of the records the schema allows (a release is
 * parsed against it, so it holds no others). Wording for each is kept where the changes are shown,
 * typed by this, so that a field added to the schema without a name in words fails the typecheck.
 */
export type RecordField = { [Kind in RecordKind]: keyof Dataset[Kind][number] }[RecordKind];

export interface RecordChange {
  kind: RecordKind;
  id: string;
  change: ChangeKind;
  /** The record's fields that differ, in the newer record's order (then removed ones); only for `changed`. */
  fields: RecordField[];
  /** The title in both languages, as the newer release gives it (the older one for a removal). */
  title: { en: string; ja?: string };
  /** The language of a source's title (a source is titled in its own language). */
  titleLanguage?: string;
  /** The domains the record belongs to (none for meetings, threads and sources). */
  domains: string[];
  /** The meetings the record belongs to (a commitment its meeting, a meeting itself). */
  meetings: string[];
}

export interface ReleaseChanges {
  /** The release these are the changes of, and the one before it (null for the first). */
  version: string;
  date: string;
  previous: string | null;
  changes: RecordChange[];
}

type AnyRecord = { id: string } & Record<string, unknown>;

function recordsOf(dataset: Dataset, kind: RecordKind): AnyRecord[] {
  return ((dataset as unknown as Record<string, unknown>)[kind] ?? []) as AnyRecord[];
}

/** JSON with object keys sorted: two values are the same when their texts are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );
}

function titleOf(record: AnyRecord): Pick<RecordChange, 'title' | 'titleLanguage'> {
  const language = typeof record.language === 'string' ? { titleLanguage: record.language } : {};
  return { title: plainTitle(record), ...language };
}

function plainTitle(record: AnyRecord): { en: string; ja?: string } {
  const title = record.title ?? record.label;
  if (typeof title === 'string') return { en: title };
  if (title && typeof title === 'object') {
    const { en, ja } = title as { en?: unknown; ja?: unknown };
    return {
      en: typeof en === 'string' ? en : record.id,
      ...(typeof ja === 'string' ? { ja } : {}),
    };
  }
  return { en: record.id };
}

function belongsTo(kind: RecordKind, record: AnyRecord): { domains: string[]; meetings: string[] } {
  const domains = Array.isArray(record.domains) ? (record.domains as string[]) : [];
  switch (kind) {
    case 'commitments':
      return { domains, meetings: typeof record.meeting === 'string' ? [record.meeting] : [] };
    case 'events':
      return { domains, meetings: [] };
    case 'meetings':
      return { domains: [], meetings: [record.id] };
    case 'domains':
      return { domains: [record.id], meetings: [] };
    default:
      return { domains: [], meetings: [] };
  }
}

/** The fields of two versions of one record that differ. */
export function changedFields(older: AnyRecord, newer: AnyRecord): RecordField[] {
  const keys = [...Object.keys(newer), ...Object.keys(older).filter((key) => !(key in newer))];
  // The records are parsed datasets: their keys are the schema's.
  return keys.filter((key) => canonical(older[key]) !== canonical(newer[key])) as RecordField[];
}

/**
 * What a release added, changed (field by field) and removed against the one before it, record
 * by record, matched by id. Without an older release, every record is added.
 */
export function diffDatasets(older: Dataset | null, newer: Dataset): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const kind of RECORD_KINDS) {
    const before = new Map(older ? recordsOf(older, kind).map((r) => [r.id, r]) : []);
    const after = recordsOf(newer, kind);
    const afterIds = new Set(after.map((record) => record.id));
    for (const record of after) {
      const previous = before.get(record.id);
      const base = { kind, id: record.id, ...titleOf(record), ...belongsTo(kind, record) };
      if (!previous) changes.push({ ...base, change: 'added', fields: [] });
      else {
        const fields = changedFields(previous, record);
        if (fields.length > 0) changes.push({ ...base, change: 'changed', fields });
      }
    }
    for (const [id, record] of before) {
      if (afterIds.has(id)) continue;
      changes.push({
        kind,
        id,
        change: 'removed',
        fields: [],
        ...titleOf(record),
        ...belongsTo(kind, record),
      });
    }
  }
  return changes;
}

/** The changes of each release against the one before it, newest release first. */
export function releaseHistory(
  releases: readonly { version: string; date: string; dataset: Dataset }[],
): ReleaseChanges[] {
  return releases
    .map((release, index) => {
      const previous = index > 0 ? releases[index - 1]! : null;
      return {
        version: release.version,
        date: release.date,
        previous: previous?.version ?? null,
        changes: diffDatasets(previous?.dataset ?? null, release.dataset),
      };
    })
    .reverse();
}

/**
 * The changes that concern the domains and meetings chosen (empty: all). With a domain chosen,
 * a record that belongs to no domain is left out; the same for meetings.
 */
export function filterChanges(
  changes: readonly RecordChange[],
  filter: { domains: readonly string[]; meetings: readonly string[] },
): RecordChange[] {
  const matches = (chosen: readonly string[], own: readonly string[]) =>
    chosen.length === 0 || own.some((id) => chosen.includes(id));
  return changes.filter(
    (change) =>
      matches(filter.domains, change.domains) && matches(filter.meetings, change.meetings),
  );
}

/** How many records of each kind of change. */
export function countChanges(changes: readonly RecordChange[]): Record<ChangeKind, number> {
  const counts = { added: 0, changed: 0, removed: 0 };
  for (const change of changes) counts[change.change] += 1;
  return counts;
}
