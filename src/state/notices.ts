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
  | { kind: 'unknown-key'; value: string }
  | { kind: 'repeated-key'; value: string }
  /** Ids the dataset does not have (known only once it is loaded). */
  | { kind: 'unknown-ids'; key: 'domains' | 'meetings'; values: string[] }
  | { kind: 'unknown-compare'; values: string[] }
  | { kind: 'unknown-item'; value: string };
