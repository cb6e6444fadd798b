/**
 * What a link asked for that could not be shown, as data: src/features/notices puts it into words
 * in the reader's language. `value` and `values` are quoted from the link (cleaned and shortened).
 */
export type UrlNotice =
  /** An id list (domains=, meetings=) held something that is not an id. */
  | { kind: 'invalid-id'; key: 'domains' | 'meetings'; value: string }
  /** An id list was longer than the codec keeps. */
  | { kind: 'too-many-ids'; key: 'domains' | 'meetings'; limit: number }
  /** A value outside a fixed vocabulary. */
  | {
      kind: 'unknown-value';
      key: 'type' | 'status' | 'confidence' | 'sort' | 'view' | 'lang';
      value: string;
    }
  | { kind: 'search-cut'; limit: number }
  | { kind: 'invalid-compare'; value: string }
  | { kind: 'invalid-item'; value: string }
  /** The About page opens no commitment. */
  | { kind: 'item-on-about'; value: string }
  | { kind: 'invalid-embed'; value: string }
  /** `v=` is not a release number such as 1.1.0. */
  | { kind: 'invalid-version'; value: string }
  /** A release the index of releases does not list: the latest is shown. */
  | { kind: 'unknown-version'; value: string; latest: string }
  | { kind: 'unknown-key'; value: string }
  | { kind: 'repeated-key'; value: string }
  /**
   * Ids the dataset does not have (known only once it is loaded): the first few, and how many
   * more there were.
   */
  | { kind: 'unknown-ids'; key: 'domains' | 'meetings'; values: string[]; more?: number }
  | { kind: 'unknown-compare'; values: string[] }
  | { kind: 'unknown-item'; value: string }
  /** Stands after the first MAX_NOTICES_PER_KEY notices of one group: how many more there were. */
  | { kind: 'more-ignored'; group: NoticeGroup; count: number };

/** What a run of notices is about: a key of the link, or unknown or repeated settings. */
export type NoticeGroup =
  | 'domains'
  | 'meetings'
  | 'type'
  | 'status'
  | 'confidence'
  | 'view'
  | 'lang'
  | 'sort'
  | 'unknown-key'
  | 'repeated-key';

/** At most this many characters of a value are quoted back (then "…"). */
export const MAX_QUOTED_CHARACTERS = 60;
/** At most this many ignored values of one key are named; the rest are counted. */
export const MAX_NOTICES_PER_KEY = 5;

/** A value quoted back in a notice: no control characters, at most 60 characters (never half of one). */
export function quoted(value: string): string {
  const characters = Array.from(value.replace(/[\p{C}]/gu, ''));
  return characters.length > MAX_QUOTED_CHARACTERS
    ? `${characters.slice(0, MAX_QUOTED_CHARACTERS).join('')}…`
    : characters.join('');
}

function groupOf(notice: UrlNotice): NoticeGroup | null {
  switch (notice.kind) {
    case 'invalid-id':
    case 'unknown-value':
      return notice.key;
    case 'unknown-key':
    case 'repeated-key':
      return notice.kind;
    default:
      return null;
  }
}

/**
 * Names at most MAX_NOTICES_PER_KEY ignored values of each group, then one notice of how many
 * more: a link of 20,000 bad values gives a short notice, not 20,000 lines.
 */
export function capNotices(notices: readonly UrlNotice[]): UrlNotice[] {
  const seen = new Map<NoticeGroup, number>();
  const kept: UrlNotice[] = [];
  for (const notice of notices) {
    const group = groupOf(notice);
    if (group === null) {
      kept.push(capValues(notice));
      continue;
    }
    const count = (seen.get(group) ?? 0) + 1;
    seen.set(group, count);
    if (count <= MAX_NOTICES_PER_KEY) kept.push(notice);
  }
  for (const [group, count] of seen) {
    if (count <= MAX_NOTICES_PER_KEY) continue;
    // After the last notice of its group.
    const last = kept.findLastIndex((notice) => groupOf(notice) === group);
    kept.splice(last + 1, 0, { kind: 'more-ignored', group, count: count - MAX_NOTICES_PER_KEY });
  }
  return kept;
}

function capValues(notice: UrlNotice): UrlNotice {
  switch (notice.kind) {
    case 'unknown-ids': {
      const values = notice.values.slice(0, MAX_NOTICES_PER_KEY).map(quoted);
      const more = (notice.more ?? 0) + notice.values.length - values.length;
      return more > 0 ? { ...notice, values, more } : { ...notice, values };
    }
    case 'unknown-compare':
      return { ...notice, values: notice.values.map(quoted) };
    case 'unknown-item':
    case 'invalid-compare':
    case 'invalid-item':
    case 'item-on-about':
    case 'invalid-embed':
    case 'invalid-version':
    case 'unknown-version':
      return { ...notice, value: quoted(notice.value) };
    default:
      return notice;
  }
}
