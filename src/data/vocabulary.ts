// The dataset's fixed vocabularies, kept apart from the schema so that code which only needs the
// words does not load the validator (zod) with the first screen.
/** Ids are kebab-case: they appear in shared URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Evidence quotes are short: words, or characters in Japanese, which has no spaces between words. */
export const QUOTE_MAX_WORDS = 40;
export const QUOTE_MAX_CJK_CHARACTERS = 120;

/** A plain email address: no spaces, no query, nothing a mailto: link could misread. */
export const EMAIL_PATTERN = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

export const LANGUAGES = ['en', 'ja'] as const;

// official-mirror: an official text republished verbatim elsewhere, naming its source.
// rendition: a third-party rendition of an official text that may be reworded (never official).
// aggregator: a machine or aggregator summary of another text (never more than reported).
export const SOURCE_KINDS = [
  'official',
  'official-mirror',
  'rendition',
  'news',
  'aggregator',
  'commentary',
  'seed',
] as const;

/** Source kinds whose words can make a record `official`. */
export const OFFICIAL_SOURCE_KINDS: readonly SourceKind[] = ['official', 'official-mirror'];

export const MEETING_KINDS = ['summit', 'council'] as const;

export const MEETING_STATUSES = ['held', 'planned'] as const;

export const COMMITMENT_TYPES = [
  'joint-statement',
  'memorandum',
  'letter-of-intent',
  'agreement',
  'joint-research',
  'research-call',
  'expert-group',
  'working-group',
  'information-exchange',
  'dialogue',
  'negotiation',
  'statement',
] as const;

// The statuses of a progress step. The first five are a ladder, in the order a commitment climbs
// it (comparisons of meetings rely on that order); the last three say what happened off the ladder.
// "No evidence since" is a finding of a dated search, not "not started".
export const COMMITMENT_STATUSES = [
  'planned',
  'announced',
  'signed',
  'in-progress',
  'delivered',
  'stalled',
  'superseded',
  'no-evidence-since',
] as const;

export const PROGRESS_LADDER: readonly CommitmentStatus[] = [
  'planned',
  'announced',
  'signed',
  'in-progress',
  'delivered',
];

export const CONFIDENCE_LEVELS = ['official', 'reported', 'unverified', 'disputed'] as const;

/** Grades whose records count as progress; the others are claims we doubt. */
export const COUNTED_CONFIDENCE: readonly ConfidenceLevel[] = ['official', 'reported'];

/** A progress step is either seen in an official source or reported; a doubtful claim has none. */
export const STEP_CONFIDENCE_LEVELS = ['official', 'reported'] as const;

export const MEETING_CONFIDENCE_LEVELS = ['official', 'reported'] as const;

export const EVENT_KINDS = [
  'dialogue',
  'negotiation',
  'call-for-proposals',
  'signing',
  'summit',
  'committee',
  'review',
] as const;

export type Language = (typeof LANGUAGES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
