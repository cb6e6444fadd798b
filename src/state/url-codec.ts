// The URL contract (2026-11). Links are shared and cited, so these keys are a public API: change
// them only with a migration that keeps old links working.
//
//   domains=semiconductors,ai   domain ids (absent: all)
//   meetings=dpc2,dpc3          meeting ids (absent: all)
//   type=memorandum             commitment types (absent: all)
//   status=signed,delivered     commitment statuses (absent: all)
//   confidence=official,reported,unverified,disputed
//                               confidence levels shown (absent: official,reported)
//   q=early%20warning           free text
//   sort=oldest                 the list's order: oldest, meeting, domain (absent: newest first)
//   view=compare                the comparison (absent: the overview)
//   view=about                  about the data: sources, confidence levels, version, corrections
//   compare=dpc2,dpc3           the pair compared, A then B (absent: the default pair)
//   lang=ja                     Japanese (absent: English)
//   item=<commitment id>        one commitment opened (never with view=about, which opens none)
//   embed=1                     the compact view for a frame in another page (absent: the full page)
//   view=changes                what changed from release to release
//   v=1.1.0                     the release shown, pinned (absent: the latest); one the index of
//                               releases does not list is dropped once the index is known
//
// Defaults are omitted and sets are written in a canonical order (ids alphabetically, enumerations
// in schema order), so one view has exactly one URL. Parsing never throws: anything it cannot use
// is dropped and described in a notice.
import {
  COMMITMENT_STATUSES,
  COMMITMENT_TYPES,
  CONFIDENCE_LEVELS,
  LANGUAGES,
} from '../data/vocabulary';
import { ID_PATTERN as ID } from '../data/vocabulary';
import { SORT_ORDERS } from '../data/order';
import { VERSION_PATTERN } from '../data/releases';
import { capNotices, quoted, type UrlNotice } from './notices';
import { defaultView, isDefaultConfidence, type Mode, type View } from './view';

export const MAX_QUERY_LENGTH = 200;
const MAX_IDS = 100;
const MODES: readonly Mode[] = ['overview', 'compare', 'about', 'changes'];

export interface ParsedView {
  view: View;
  /** What was ignored; src/features/notices says it in the reader's language. */
  notices: UrlNotice[];
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function parseIds(raw: string, key: 'domains' | 'meetings', notices: UrlNotice[]): string[] {
  const ids: string[] = [];
  for (const part of splitList(raw)) {
    if (!ID.test(part)) notices.push({ kind: 'invalid-id', key, value: quoted(part) });
    else if (ids.length >= MAX_IDS) {
      notices.push({ kind: 'too-many-ids', key, limit: MAX_IDS });
      break;
    } else if (!ids.includes(part)) ids.push(part);
  }
  return ids.sort();
}

type VocabularyKey = 'type' | 'status' | 'confidence' | 'sort' | 'view' | 'lang';

function parseEnum<T extends string>(
  raw: string,
  key: VocabularyKey,
  allowed: readonly T[],
  notices: UrlNotice[],
): T[] {
  const values = new Set<T>();
  for (const part of splitList(raw)) {
    if ((allowed as readonly string[]).includes(part)) values.add(part as T);
    else notices.push({ kind: 'unknown-value', key, value: quoted(part) });
  }
  return allowed.filter((value) => values.has(value));
}

function parseOne<T extends string>(
  raw: string,
  key: VocabularyKey,
  allowed: readonly T[],
  notices: UrlNotice[],
): T | undefined {
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  notices.push({ kind: 'unknown-value', key, value: quoted(raw) });
  return undefined;
}

/** One value per key: a repeated key keeps its first value and says so. */
function firstValues(params: URLSearchParams, notices: UrlNotice[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const [key, value] of params) {
    if (!values.has(key)) values.set(key, value);
    else if (values.get(key) !== value) notices.push({ kind: 'repeated-key', value: quoted(key) });
  }
  return values;
}

function safeSearchParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search);
  } catch {
    return new URLSearchParams();
  }
}

/** The keys of the URL contract, in the order they are written. */
export const URL_KEYS = [
  'domains',
  'meetings',
  'type',
  'status',
  'confidence',
  'q',
  'sort',
  'view',
  'compare',
  'lang',
  'item',
  'embed',
  'v',
] as const;

export type UrlKey = (typeof URL_KEYS)[number];

type Parser = (raw: string, view: View, notices: UrlNotice[]) => void;

/**
 * One parser per key. The type makes it a compile-time error to add a key to URL_KEYS without
 * its parser (and its writer, below).
 */
const PARSERS: Record<UrlKey, Parser> = {
  domains: (raw, view, notices) => void (view.domains = parseIds(raw, 'domains', notices)),
  meetings: (raw, view, notices) => void (view.meetings = parseIds(raw, 'meetings', notices)),
  type: (raw, view, notices) =>
    void (view.types = parseEnum(raw, 'type', COMMITMENT_TYPES, notices)),
  status: (raw, view, notices) =>
    void (view.statuses = parseEnum(raw, 'status', COMMITMENT_STATUSES, notices)),
  confidence: (raw, view, notices) => {
    const levels = parseEnum(raw, 'confidence', CONFIDENCE_LEVELS, notices);
    if (levels.length > 0) view.confidence = levels;
  },
  q: (raw, view, notices) => {
    const text = raw.replace(/[\p{Cc}]/gu, ' ').trim();
    if (Array.from(text).length > MAX_QUERY_LENGTH) {
      notices.push({ kind: 'search-cut', limit: MAX_QUERY_LENGTH });
    }
    // Cut by characters, not UTF-16 units, so no emoji is split in half.
    view.q = Array.from(text).slice(0, MAX_QUERY_LENGTH).join('').trim();
  },
  sort: (raw, view, notices) =>
    void (view.sort = parseOne(raw, 'sort', SORT_ORDERS, notices) ?? view.sort),
  view: (raw, view, notices) =>
    void (view.mode = parseOne(raw, 'view', MODES, notices) ?? view.mode),
  compare: (raw, view, notices) => {
    const pair = splitList(raw);
    if (pair.length === 2 && pair.every((id) => ID.test(id))) {
      view.compare = [pair[0]!, pair[1]!];
    } else {
      notices.push({ kind: 'invalid-compare', value: quoted(raw) });
    }
  },
  lang: (raw, view, notices) =>
    void (view.lang = parseOne(raw, 'lang', LANGUAGES, notices) ?? view.lang),
  item: (raw, view, notices) => {
    if (ID.test(raw)) view.item = raw;
    else notices.push({ kind: 'invalid-item', value: quoted(raw) });
  },
  embed: (raw, view, notices) => {
    if (raw === '1') view.embed = true;
    else notices.push({ kind: 'invalid-embed', value: quoted(raw) });
  },
  v: (raw, view, notices) => {
    if (VERSION_PATTERN.test(raw)) view.version = raw;
    else notices.push({ kind: 'invalid-version', value: quoted(raw) });
  },
};

function isUrlKey(key: string): key is UrlKey {
  return (URL_KEYS as readonly string[]).includes(key);
}

export function parseView(search: string): ParsedView {
  const notices: UrlNotice[] = [];
  const view = defaultView();
  const values = firstValues(safeSearchParams(search), notices);

  for (const [key, raw] of values) {
    if (isUrlKey(key)) PARSERS[key](raw, view, notices);
    else notices.push({ kind: 'unknown-key', value: quoted(key) });
  }
  if (view.mode === 'about' && view.item) {
    notices.push({ kind: 'item-on-about', value: view.item });
    view.item = null;
  }
  return { view, notices: capNotices(notices) };
}

/** Written only when it differs from the default: the value of each key for a view, or nothing. */
const WRITERS: Record<UrlKey, (view: View) => string | null> = {
  domains: (view) => list([...new Set(view.domains)].sort()),
  meetings: (view) => list([...new Set(view.meetings)].sort()),
  type: (view) => list(COMMITMENT_TYPES.filter((type) => view.types.includes(type))),
  status: (view) => list(COMMITMENT_STATUSES.filter((status) => view.statuses.includes(status))),
  confidence: (view) => {
    const confidence = CONFIDENCE_LEVELS.filter((level) => view.confidence.includes(level));
    return confidence.length > 0 && !isDefaultConfidence(confidence) ? list(confidence) : null;
  },
  q: (view) => view.q.trim() || null,
  sort: (view) => (view.sort !== 'newest' && SORT_ORDERS.includes(view.sort) ? view.sort : null),
  view: (view) => (view.mode !== 'overview' ? view.mode : null),
  compare: (view) => (view.compare ? list(view.compare) : null),
  lang: (view) => (view.lang !== 'en' ? view.lang : null),
  item: (view) => (view.item && view.mode !== 'about' ? view.item : null),
  embed: (view) => (view.embed ? '1' : null),
  v: (view) => (view.version && VERSION_PATTERN.test(view.version) ? view.version : null),
};

function list(values: readonly string[]): string | null {
  return values.length > 0 ? values.join(',') : null;
}

/** The canonical query string of a view, without the leading `?`; empty for the default view. */
export function serializeView(view: View): string {
  const entries: string[] = [];
  for (const key of URL_KEYS) {
    const value = WRITERS[key](view);
    // Commas stay readable; everything else is percent-encoded.
    if (value !== null) entries.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
  }
  return entries.join('&');
}

// Changes of the URL format, newest first. Links are cited for years, so a key is never renamed or
// given another meaning without an entry here and the code that reads the old form.
// - 2026-11-30: `v` added (a kept release of the dataset; absent: the latest) and `view=changes`
//   (what changed between releases). No old link changes.
// - 2026-11-30: `sort` added (the list's order; absent: newest first). No old link changes.
// - 2026-11-30: the status values stalled, superseded and no-evidence-since added (dataset 2.0.0);
//   `status=` now filters on the latest progress step, and a doubtful claim matches no status.
// - 2026-11: the contract as first published (the keys above, without `sort`).
