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

export const SOURCE_KINDS = ['official', 'official-mirror', 'news', 'commentary', 'seed'] as const;

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

// Listed in the order a commitment moves through them; comparisons of meetings rely on this order.
export const COMMITMENT_STATUSES = [
  'planned',
  'announced',
  'signed',
  'in-progress',
  'delivered',
] as const;

export const CONFIDENCE_LEVELS = ['official', 'reported', 'unverified', 'disputed'] as const;

export type Language = (typeof LANGUAGES)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];
