// The dataset's schema. Every type the app uses for data is inferred from it, so the file format and
// the code cannot drift apart. The JSON Schema in public/data/partnership.schema.json is generated
// from this module (npm run schema) and a test fails when it is stale.
//
// Format decisions (schema version 1, 2026-11):
// - Ids are kebab-case because they appear in shared URLs.
// - Every commitment carries evidence: a source id and a verbatim quote of at most 40 words
//   (Japanese has no spaces between words, so there a quote may hold at most 120 CJK characters).
// - Addresses must be http(s): nothing else can ever become a link.
// - Cross-references (meeting, domain, thread, source ids) are checked after the shape, so a
//   broken reference is reported with its JSON path like any other problem.
import { z } from 'zod';
import {
  COMMITMENT_STATUSES,
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
const HTTP_PATTERN = /^https?:\/\/\S+$/i;

/** Judged only for http(s) values: any other value already has its problem reported. */
function isParsableUrl(value: string): boolean {
  if (!HTTP_PATTERN.test(value)) return true;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

// The protocol rule is a pattern so that it also reaches the published JSON Schema.
const httpUrl = z
  .string()
  .regex(HTTP_PATTERN, HTTP_ONLY)
  .refine(isParsableUrl, 'must be a complete web address')
  .describe('An http:// or https:// address.');

// A corrections contact becomes an https: or a mailto: link, so it may only be one of the two.
const correctionsContact = z
  .string()
  .regex(
    new RegExp(`${HTTP_PATTERN.source}|${EMAIL_PATTERN.source}`, 'i'),
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
    .describe('Omitted when the quote supports the claim; `contradicts` on a disputed claim.'),
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
});

export const domainSchema = z.object({
  id,
  label: localized,
  description: localized,
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour written #rrggbb'),
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
    sources: z.array(id).min(1),
    corrections: z.array(correctionSchema).optional(),
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

export const commitmentSchema = z
  .object({
    id,
    meeting: id,
    date: isoDate
      .optional()
      .describe('Only where the commitment has its own date, e.g. a document signed the next day.'),
    domains: z.array(id).min(1),
    type: z.enum(COMMITMENT_TYPES),
    status: z.enum(COMMITMENT_STATUSES),
    title: localized,
    summary: prose,
    thread: id,
    evidence: z.array(evidenceSchema).min(1),
    confidence: z.enum(CONFIDENCE_LEVELS),
    confidenceNote: prose
      .optional()
      .describe('Why the claim is reported, unverified or disputed; what the sources disagree on.'),
  })
  .refine(
    (commitment) =>
      commitment.confidence === 'official' ||
      commitment.confidence === 'reported' ||
      commitment.confidenceNote !== undefined,
    {
      message: 'an unverified or disputed commitment must say why in confidenceNote',
      path: ['confidenceNote'],
    },
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
  commitments: z.array(commitmentSchema),
});

type DatasetShape = z.infer<typeof datasetShape>;

function addDuplicateIdIssues(
  ctx: z.core.$RefinementCtx<DatasetShape>,
  collection: 'domains' | 'meetings' | 'threads' | 'sources' | 'commitments',
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

// Integrity across collections: unique ids and resolvable references.
export const datasetSchema = datasetShape.superRefine((data, ctx) => {
  addDuplicateIdIssues(ctx, 'domains', data.domains);
  addDuplicateIdIssues(ctx, 'meetings', data.meetings);
  addDuplicateIdIssues(ctx, 'threads', data.threads);
  addDuplicateIdIssues(ctx, 'sources', data.sources);
  addDuplicateIdIssues(ctx, 'commitments', data.commitments);

  const domainIds = new Set(data.domains.map((domain) => domain.id));
  const meetingIds = new Set(data.meetings.map((meeting) => meeting.id));
  const threadIds = new Set(data.threads.map((thread) => thread.id));
  const sourceIds = new Set(data.sources.map((source) => source.id));

  data.meetings.forEach((meeting, m) => {
    meeting.sources.forEach((source, s) =>
      checkReference(ctx, sourceIds, source, 'source', ['meetings', m, 'sources', s]),
    );
    meeting.corrections?.forEach((correction, c) => {
      const path = ['meetings', m, 'corrections', c];
      checkReference(ctx, sourceIds, correction.source, 'source', [...path, 'source']);
      correction.evidence.forEach((evidence, e) =>
        checkReference(ctx, sourceIds, evidence.source, 'source', [
          ...path,
          'evidence',
          e,
          'source',
        ]),
      );
    });
  });

  const officialSourceIds = new Set(
    data.sources
      .filter((source) => source.kind === 'official' || source.kind === 'official-mirror')
      .map((source) => source.id),
  );

  data.commitments.forEach((commitment, c) => {
    const path = ['commitments', c];
    const citesOfficialSource = commitment.evidence.some(
      (evidence) => evidence.stance !== 'contradicts' && officialSourceIds.has(evidence.source),
    );
    if (commitment.confidence === 'official' && !citesOfficialSource) {
      ctx.addIssue({
        code: 'custom',
        message: 'an official commitment must cite an official or official-mirror source',
        path: [...path, 'evidence'],
      });
    }
    checkReference(ctx, meetingIds, commitment.meeting, 'meeting', [...path, 'meeting']);
    checkReference(ctx, threadIds, commitment.thread, 'thread', [...path, 'thread']);
    commitment.domains.forEach((domain, d) =>
      checkReference(ctx, domainIds, domain, 'domain', [...path, 'domains', d]),
    );
    commitment.evidence.forEach((evidence, e) =>
      checkReference(ctx, sourceIds, evidence.source, 'source', [...path, 'evidence', e, 'source']),
    );
  });
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Domain = Dataset['domains'][number];
export type Meeting = Dataset['meetings'][number];
export type Thread = Dataset['threads'][number];
export type Source = Dataset['sources'][number];
export type Commitment = Dataset['commitments'][number];
export type Evidence = Commitment['evidence'][number];
export type Localized = Domain['label'];
export type Prose = Commitment['summary'];
