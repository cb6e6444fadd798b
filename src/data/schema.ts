// The dataset's schema. Every type the app uses for data is inferred from it, so the file format and
// the code cannot drift apart. The JSON Schema in public/data/partnership.schema.json is generated
// from this module (npm run schema) and a test fails when it is stale.
//
// Format decisions (schema version 1, 2026-11; version 2, 2026-11-30: progress steps, events,
// meeting confidence; renditions and aggregators are never official. See README, The dataset):
// - Ids are kebab-case because they appear in shared URLs.
// - Every commitment carries evidence: a source id and a verbatim quote of at most 40 words
//   (Japanese has no spaces between words, so there a quote may hold at most 120 CJK characters).
// - Addresses must be http(s): nothing else can ever become a link.
// - Cross-references (meeting, domain, thread, source ids) are checked after the shape, so a
//   broken reference is reported with its JSON path like any other problem.
import { z } from 'zod';
import {
  COMMITMENT_STATUSES,
  COUNTED_CONFIDENCE,
  EVENT_KINDS,
  MEETING_CONFIDENCE_LEVELS,
  OFFICIAL_SOURCE_KINDS,
  STEP_CONFIDENCE_LEVELS,
  COMMITMENT_TYPES,
  CONFIDENCE_LEVELS,
  EMAIL_PATTERN,
  ID_PATTERN,
  LANGUAGES,
  MEETING_KINDS,
  MEETING_STATUSES,
  QUOTE_MAX_CJK_CHARACTERS,
  QUOTE_MAX_WORDS,
  SOURCE_KINDS,
} from './vocabulary';

// No code generation: the app runs under a Content-Security-Policy without 'unsafe-eval', and zod
// would otherwise probe for eval (a reported violation) before compiling its fast paths.
z.config({ jitless: true });

const id = z.string().regex(ID_PATTERN, 'must be kebab-case (lower-case letters, digits, hyphens)');

const isoDate = z.iso.date('must be a calendar date written YYYY-MM-DD');

// No transforms anywhere in the schema: a file that validates is used exactly as parsed, which lets
// large files be validated in a worker and parsed once more here, instead of being copied back.
const text = z.string().regex(/\S/, 'must not be empty');

const localized = z
  .object({ en: text, ja: text })
  .describe('The same text in English and in Japanese.');

/**
 * The dataset's own prose (summaries, notes, descriptions): English and Japanese, or English alone
 * as plain text, which a Japanese page shows marked as English.
 */
const prose = z
  .union([text, localized])
  .describe('English text, or the same text in English and in Japanese.');

const HTTP_ONLY = 'must be an http:// or https:// address';

// Characters no address may hold anywhere: spaces, control characters and the invisible format
// characters (bidi controls, zero-width spaces) that can make one address read as another.
const NOT_IN_ADDRESS = String.raw`\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff`;

// http(s), in any letter case, then a host with no user name or password before it (an address
// like https://trusted.example@elsewhere.example/ reads as one site and opens another). Written
// without regular-expression flags so that the published JSON Schema means exactly the same.
export const HTTP_PATTERN = new RegExp(
  String.raw`^[Hh][Tt][Tt][Pp][Ss]?://[^${NOT_IN_ADDRESS}/?#@\\]+(?:[/?#][^${NOT_IN_ADDRESS}]*)?$`,
);

/**
 * An address safe to make a link of: http(s) in any letter case, a host and nothing hidden (no
 * user name, control, bidi or zero-width characters). The schema holds every address in a file
 * to this; code that builds a link from data checks it again.
 */
export function isSafeWebAddress(value: string): boolean {
  return HTTP_PATTERN.test(value) && isParsableUrl(value);
}

/** Judged only for http(s) values: any other value already has its problem reported. */
function isParsableUrl(value: string): boolean {
  if (!HTTP_PATTERN.test(value)) return true;
  try {
    const url = new URL(value);
    return url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

// The protocol rule is a pattern so that it also reaches the published JSON Schema.
const httpUrl = z
  .string()
  .regex(HTTP_PATTERN, HTTP_ONLY)
  .refine(isParsableUrl, 'must be a complete web address')
  .describe(
    'An http:// or https:// address, with no user name, spaces, control or bidi characters.',
  );

// A corrections contact becomes an https: or a mailto: link, so it may only be one of the two.
const correctionsContact = z
  .string()
  .regex(
    new RegExp(`${HTTP_PATTERN.source}|${EMAIL_PATTERN.source}`),
    'must be an http:// or https:// address or an email address',
  )
  .refine(isParsableUrl, 'must be a complete web address')
  .describe('An http:// or https:// address, or an email address.');

const cjkCharacter = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/gu;

export function quoteWordCount(quote: string): number {
  return quote.trim().split(/\s+/u).filter(Boolean).length;
}

export function quoteCjkCount(quote: string): number {
  return quote.match(cjkCharacter)?.length ?? 0;
}

const quote = text.refine(
  (value) =>
    quoteWordCount(value) <= QUOTE_MAX_WORDS && quoteCjkCount(value) <= QUOTE_MAX_CJK_CHARACTERS,
  `must be at most ${QUOTE_MAX_WORDS} words (or ${QUOTE_MAX_CJK_CHARACTERS} Japanese characters)`,
);

export const evidenceSchema = z.object({
  source: id.describe('Id of an entry in `sources`.'),
  quote: quote.describe('Verbatim from the source; `…` marks an omission.'),
  stance: z
    .enum(['supports', 'contradicts'])
    .optional()
    .describe(
      'Omitted when the quote supports the claim; `contradicts` only on an unverified or disputed claim.',
    ),
  translation: text
    .optional()
    .describe('An English rendering of a quote in another language, made for this dataset.'),
});

export const sourceSchema = z.object({
  id,
  title: text,
  publisher: text,
  date: isoDate.optional().describe('Publication date, where the source states it.'),
  url: httpUrl.optional().describe('Omitted only for seed articles whose origin is unknown.'),
  kind: z.enum(SOURCE_KINDS),
  language: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter language code'),
  note: text.optional(),
  accessed: isoDate
    .optional()
    .describe('When the address was last read for this dataset; omitted where not known.'),
});

export const domainSchema = z.object({
  id,
  label: localized,
  description: localized,
  // No `i` flag: JSON Schema patterns carry no flags, and the published schema must mean the same.
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb'),
});

const participantSchema = z.object({
  name: localized,
  role: localized,
  side: z.enum(['eu', 'japan']),
  remote: z.boolean().optional().describe('Took part by video link.'),
});

const correctionSchema = z.object({
  claim: prose.describe('What a seed or news article says.'),
  source: id,
  finding: prose.describe('What the official sources say instead.'),
  evidence: z.array(evidenceSchema).min(1),
});

export const meetingSchema = z
  .object({
    id,
    kind: z.enum(MEETING_KINDS),
    number: z.int().positive(),
    status: z.enum(MEETING_STATUSES),
    title: localized,
    date: isoDate.optional().describe('Omitted while a planned meeting has no announced date.'),
    year: z.int().min(2000).max(2100),
    city: localized,
    participants: z.array(participantSchema),
    summary: prose,
    participantsNote: prose
      .optional()
      .describe('What is known, or not known, of who took part (e.g. co-chairs not known).'),
    sources: z.array(id).min(1),
    corrections: z.array(correctionSchema).optional(),
    confidence: z
      .enum(MEETING_CONFIDENCE_LEVELS)
      .describe('How sure we are that the meeting took place as recorded.'),
    confidenceNote: prose.optional().describe('Required when the meeting is only reported.'),
  })
  .refine((meeting) => meeting.confidence === 'official' || meeting.confidenceNote !== undefined, {
    message: 'a meeting known only from reports must say why in confidenceNote',
    path: ['confidenceNote'],
  })
  .refine((meeting) => meeting.status === 'planned' || meeting.date !== undefined, {
    message: 'a meeting that was held must have a date',
    path: ['date'],
  })
  .refine((meeting) => !meeting.date || meeting.date.startsWith(String(meeting.year)), {
    message: 'year must match the date',
    path: ['year'],
  });

export const threadSchema = z.object({
  id,
  title: localized,
  description: prose,
});

const doubtfulNote = {
  message: 'an unverified or disputed record must say why in confidenceNote',
  path: ['confidenceNote'],
};

export const stepSchema = z
  .object({
    date: isoDate.describe('When it happened; for "no-evidence-since", the day of the search.'),
    status: z.enum(COMMITMENT_STATUSES),
    confidence: z.enum(STEP_CONFIDENCE_LEVELS),
    evidence: z
      .array(evidenceSchema)
      .min(1)
      .optional()
      .describe('Required, except on a "no-evidence-since" step, which has a note instead.'),
    note: prose.optional().describe('For "no-evidence-since": what was searched, and where.'),
    event: id.optional().describe('Id of the entry in `events` where this step happened.'),
  })
  .refine((step) => step.status === 'no-evidence-since' || step.evidence !== undefined, {
    message: 'a progress step must carry its evidence',
    path: ['evidence'],
  })
  .refine((step) => step.status !== 'no-evidence-since' || step.note !== undefined, {
    message: 'a "no evidence since" step must say what was searched in its note',
    path: ['note'],
  });

export const eventSchema = z
  .object({
    id,
    kind: z.enum(EVENT_KINDS),
    title: localized,
    date: isoDate,
    endDate: isoDate.optional().describe('The last day, for an event that lasts (a call).'),
    city: localized.optional(),
    domains: z.array(id).min(1),
    threads: z.array(id).describe('The lines of work the event belongs to.'),
    summary: prose,
    evidence: z.array(evidenceSchema).min(1),
    confidence: z.enum(CONFIDENCE_LEVELS),
    confidenceNote: prose.optional(),
  })
  .refine(
    (event) => event.confidence === 'official' || event.confidenceNote !== undefined,
    doubtfulNote,
  )
  .refine((event) => !event.endDate || event.endDate >= event.date, {
    message: 'endDate must not be before date',
    path: ['endDate'],
  });

export const commitmentSchema = z
  .object({
    id,
    meeting: id,
    date: isoDate
      .optional()
      .describe('Only where the commitment has its own date, e.g. a document signed the next day.'),
    domains: z.array(id).min(1),
    type: z.enum(COMMITMENT_TYPES),
    title: localized,
    summary: prose,
    thread: id,
    evidence: z.array(evidenceSchema).min(1),
    confidence: z.enum(CONFIDENCE_LEVELS),
    confidenceNote: prose
      .optional()
      .describe('Why the claim is reported, unverified or disputed; what the sources disagree on.'),
    checked: isoDate.describe('When the record was last checked against the sources.'),
    steps: z
      .array(stepSchema)
      .min(1)
      .optional()
      .describe('How far it got, oldest first. Only official or reported commitments have steps.'),
    claims: z
      .enum(COMMITMENT_STATUSES)
      .optional()
      .describe('What an unverified or disputed claim asserts; it never counts as progress.'),
  })
  .refine(
    (commitment) =>
      commitment.confidence === 'official' ||
      commitment.confidence === 'reported' ||
      commitment.confidenceNote !== undefined,
    doubtfulNote,
  );

const datasetShape = z.object({
  $schema: z.string().optional(),
  meta: z.object({
    title: localized,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
    lastUpdated: isoDate,
    licence: z.literal('CC-BY-4.0'),
    languages: z.array(z.enum(LANGUAGES)).min(1),
    corrections: correctionsContact
      .optional()
      .describe(
        'Where readers send corrections: a web page (an issue tracker, a form) or an email address.',
      ),
  }),
  domains: z.array(domainSchema).min(1),
  meetings: z.array(meetingSchema).min(1),
  threads: z.array(threadSchema),
  sources: z.array(sourceSchema).min(1),
  events: z.array(eventSchema),
  commitments: z.array(commitmentSchema),
});

type DatasetShape = z.infer<typeof datasetShape>;

function addDuplicateIdIssues(
  ctx: z.core.$RefinementCtx<DatasetShape>,
  collection: 'domains' | 'meetings' | 'threads' | 'sources' | 'events' | 'commitments',
  items: readonly { id: string }[],
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate id "${item.id}"`,
        path: [collection, index, 'id'],
      });
    }
    seen.add(item.id);
  });
}

function checkReference(
  ctx: z.core.$RefinementCtx<DatasetShape>,
  known: ReadonlySet<string>,
  value: string,
  what: string,
  path: (string | number)[],
) {
  if (!known.has(value)) {
    ctx.addIssue({ code: 'custom', message: `unknown ${what} "${value}"`, path });
  }
}

type Path = (string | number)[];
type Ctx = z.core.$RefinementCtx<DatasetShape>;
type EvidenceShape = z.infer<typeof evidenceSchema>;

function issue(ctx: Ctx, message: string, path: Path) {
  ctx.addIssue({ code: 'custom', message, path });
}

interface Known {
  domains: ReadonlySet<string>;
  meetings: ReadonlySet<string>;
  threads: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  events: ReadonlySet<string>;
  officialSources: ReadonlySet<string>;
}

function checkEvidence(ctx: Ctx, known: Known, evidence: readonly EvidenceShape[], path: Path) {
  evidence.forEach((entry, e) =>
    checkReference(ctx, known.sources, entry.source, 'source', [...path, e, 'source']),
  );
}

/** The rules every graded record follows, whatever it is: commitment, event or progress step. */
function checkGrade(
  ctx: Ctx,
  known: Known,
  record: { confidence: string; evidence?: readonly EvidenceShape[] },
  path: Path,
) {
  const evidence = record.evidence ?? [];
  const citesOfficialSource = evidence.some(
    (entry) => entry.stance !== 'contradicts' && known.officialSources.has(entry.source),
  );
  if (record.confidence === 'official' && record.evidence && !citesOfficialSource) {
    issue(
      ctx,
      'an official grade needs an official or official-mirror source (a rendition, an aggregator or news is not one)',
      [...path, 'evidence'],
    );
  }
  evidence.forEach((entry, e) => {
    if (entry.stance === 'contradicts' && COUNTED_CONFIDENCE.includes(record.confidence as never)) {
      issue(ctx, 'only an unverified or disputed claim may cite a contradicting quote', [
        ...path,
        'evidence',
        e,
        'stance',
      ]);
    }
  });
}

function checkSteps(
  ctx: Ctx,
  known: Known,
  commitment: DatasetShape['commitments'][number],
  since: string | undefined,
  path: Path,
) {
  const counted = COUNTED_CONFIDENCE.includes(commitment.confidence);
  if (counted && !commitment.steps) {
    issue(ctx, 'an official or reported commitment must have at least one progress step', [
      ...path,
      'steps',
    ]);
  }
  if (!counted && commitment.steps) {
    issue(ctx, 'an unverified or disputed claim has no progress steps: say what it claims', [
      ...path,
      'steps',
    ]);
  }
  if (counted && commitment.claims !== undefined) {
    issue(ctx, '`claims` is for unverified or disputed claims only', [...path, 'claims']);
  }
  if (!counted && commitment.claims === undefined) {
    issue(ctx, 'an unverified or disputed claim must say what it claims in `claims`', [
      ...path,
      'claims',
    ]);
  }
  let previous = since;
  commitment.steps?.forEach((step, s) => {
    const stepPath = [...path, 'steps', s];
    if (previous !== undefined && step.date < previous) {
      issue(
        ctx,
        s === 0
          ? `a progress step may not be dated before its commitment (${previous})`
          : 'progress steps must be in date order',
        [...stepPath, 'date'],
      );
    }
    previous = step.date;
    if (step.event !== undefined) {
      checkReference(ctx, known.events, step.event, 'event', [...stepPath, 'event']);
    }
    if (step.evidence) checkEvidence(ctx, known, step.evidence, [...stepPath, 'evidence']);
    checkGrade(ctx, known, step, stepPath);
  });
}

// Integrity across collections: unique ids, resolvable references, and the rules of evidence.
export const datasetSchema = datasetShape.superRefine((data, ctx) => {
  addDuplicateIdIssues(ctx, 'domains', data.domains);
  addDuplicateIdIssues(ctx, 'meetings', data.meetings);
  addDuplicateIdIssues(ctx, 'threads', data.threads);
  addDuplicateIdIssues(ctx, 'sources', data.sources);
  addDuplicateIdIssues(ctx, 'events', data.events);
  addDuplicateIdIssues(ctx, 'commitments', data.commitments);

  const known: Known = {
    domains: new Set(data.domains.map((domain) => domain.id)),
    meetings: new Set(data.meetings.map((meeting) => meeting.id)),
    threads: new Set(data.threads.map((thread) => thread.id)),
    sources: new Set(data.sources.map((source) => source.id)),
    events: new Set(data.events.map((event) => event.id)),
    officialSources: new Set(
      data.sources
        .filter((source) => OFFICIAL_SOURCE_KINDS.includes(source.kind))
        .map((source) => source.id),
    ),
  };

  data.meetings.forEach((meeting, m) => {
    meeting.sources.forEach((source, s) =>
      checkReference(ctx, known.sources, source, 'source', ['meetings', m, 'sources', s]),
    );
    if (
      meeting.confidence === 'official' &&
      !meeting.sources.some((source) => known.officialSources.has(source))
    ) {
      issue(ctx, 'an official meeting needs an official or official-mirror source', [
        'meetings',
        m,
        'sources',
      ]);
    }
    meeting.corrections?.forEach((correction, c) => {
      const path = ['meetings', m, 'corrections', c];
      checkReference(ctx, known.sources, correction.source, 'source', [...path, 'source']);
      checkEvidence(ctx, known, correction.evidence, [...path, 'evidence']);
    });
  });

  data.events.forEach((event, v) => {
    const path = ['events', v];
    event.domains.forEach((domain, d) =>
      checkReference(ctx, known.domains, domain, 'domain', [...path, 'domains', d]),
    );
    event.threads.forEach((thread, t) =>
      checkReference(ctx, known.threads, thread, 'thread', [...path, 'threads', t]),
    );
    checkEvidence(ctx, known, event.evidence, [...path, 'evidence']);
    checkGrade(ctx, known, event, path);
  });

  const meetingDates = new Map(data.meetings.map((meeting) => [meeting.id, meeting.date]));
  data.commitments.forEach((commitment, c) => {
    const path = ['commitments', c];
    checkReference(ctx, known.meetings, commitment.meeting, 'meeting', [...path, 'meeting']);
    checkReference(ctx, known.threads, commitment.thread, 'thread', [...path, 'thread']);
    commitment.domains.forEach((domain, d) =>
      checkReference(ctx, known.domains, domain, 'domain', [...path, 'domains', d]),
    );
    checkEvidence(ctx, known, commitment.evidence, [...path, 'evidence']);
    checkGrade(ctx, known, commitment, path);
    const since = commitment.date ?? meetingDates.get(commitment.meeting);
    checkSteps(ctx, known, commitment, since, path);
  });
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Domain = Dataset['domains'][number];
export type Meeting = Dataset['meetings'][number];
export type Thread = Dataset['threads'][number];
export type Source = Dataset['sources'][number];
export type Commitment = Dataset['commitments'][number];
export type Evidence = Commitment['evidence'][number];
export type Step = NonNullable<Commitment['steps']>[number];
export type PartnershipEvent = Dataset['events'][number];
export type Localized = Domain['label'];
export type Prose = Commitment['summary'];
