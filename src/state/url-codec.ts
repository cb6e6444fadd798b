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

export function parseView(search: string): ParsedView {
  const notices: UrlNotice[] = [];
  const view = defaultView();
  const values = firstValues(safeSearchParams(search), notices);

  for (const [key, raw] of values) {
    switch (key) {
      case 'domains':
        view.domains = parseIds(raw, 'domains', notices);
        break;
      case 'meetings':
        view.meetings = parseIds(raw, 'meetings', notices);
        break;
      case 'type':
        view.types = parseEnum(raw, 'type', COMMITMENT_TYPES, notices);
        break;
      case 'status':
        view.statuses = parseEnum(raw, 'status', COMMITMENT_STATUSES, notices);
        break;
      case 'confidence': {
        const levels = parseEnum(raw, 'confidence', CONFIDENCE_LEVELS, notices);
        if (levels.length > 0) view.confidence = levels;
        break;
      }
      case 'q': {
        const text = raw.replace(/[\p{Cc}]/gu, ' ').trim();
        if (Array.from(text).length > MAX_QUERY_LENGTH) {
          notices.push({ kind: 'search-cut', limit: MAX_QUERY_LENGTH });
        }
        // Cut by characters, not UTF-16 units, so no emoji is split in half.
        view.q = Array.from(text).slice(0, MAX_QUERY_LENGTH).join('').trim();
        break;
      }
      case 'sort':
        view.sort = parseOne(raw, 'sort', SORT_ORDERS, notices) ?? view.sort;
        break;
      case 'view':
        view.mode = parseOne(raw, 'view', MODES, notices) ?? view.mode;
        break;
      case 'compare': {
        const pair = splitList(raw);
        if (pair.length === 2 && pair.every((id) => ID.test(id))) {
          view.compare = [pair[0]!, pair[1]!];
        } else {
          notices.push({ kind: 'invalid-compare', value: quoted(raw) });
        }
        break;
      }
      case 'lang':
        view.lang = parseOne(raw, 'lang', LANGUAGES, notices) ?? view.lang;
        break;
      case 'item':
        if (ID.test(raw)) view.item = raw;
        else notices.push({ kind: 'invalid-item', value: quoted(raw) });
        break;
      case 'embed':
        if (raw === '1') view.embed = true;
        else notices.push({ kind: 'invalid-embed', value: quoted(raw) });
        break;
      case 'v':
        if (VERSION_PATTERN.test(raw)) view.version = raw;
        else notices.push({ kind: 'invalid-version', value: quoted(raw) });
        break;
      default:
        notices.push({ kind: 'unknown-key', value: quoted(key) });
    }
  }
  if (view.mode === 'about' && view.item) {
    notices.push({ kind: 'item-on-about', value: view.item });
    view.item = null;
  }
  return { view, notices: capNotices(notices) };
}

/** The canonical query string of a view, without the leading `?`; empty for the default view. */
export function serializeView(view: View): string {
  const entries: [string, string][] = [];
  const list = (key: string, values: readonly string[]) => {
    if (values.length > 0) entries.push([key, values.join(',')]);
  };
  list('domains', [...new Set(view.domains)].sort());
  list('meetings', [...new Set(view.meetings)].sort());
  list(
    'type',
    COMMITMENT_TYPES.filter((type) => view.types.includes(type)),
  );
  list(
    'status',
    COMMITMENT_STATUSES.filter((status) => view.statuses.includes(status)),
  );
  const confidence = CONFIDENCE_LEVELS.filter((level) => view.confidence.includes(level));
  if (confidence.length > 0 && !isDefaultConfidence(confidence)) {
    list('confidence', confidence);
  }
  if (view.q.trim()) entries.push(['q', view.q.trim()]);
  if (view.sort !== 'newest' && SORT_ORDERS.includes(view.sort)) entries.push(['sort', view.sort]);
  if (view.mode !== 'overview') entries.push(['view', view.mode]);
  if (view.compare) list('compare', view.compare);
  if (view.lang !== 'en') entries.push(['lang', view.lang]);
  if (view.item && view.mode !== 'about') entries.push(['item', view.item]);
  if (view.embed) entries.push(['embed', '1']);
  if (view.version && VERSION_PATTERN.test(view.version)) entries.push(['v', view.version]);
  // Commas stay readable; everything else is percent-encoded.
  return entries
    .map(([key, value]) => `${key}=${encodeURIComponent(value).replace(/%2C/g, ',')}`)
    .join('&');
}
