// The shape of each record of a dataset, and of the whole file; the rules across records are in
// dataset-rules.ts, and schema.ts puts the two together. No transforms anywhere: a file that
// validates is used exactly as parsed.
import { z } from 'zod';
import {
  COMMITMENT_STATUSES,
  EVENT_KINDS,
  MEETING_CONFIDENCE_LEVELS,
  STEP_CONFIDENCE_LEVELS,
  COMMITMENT_TYPES,
  CONFIDENCE_LEVELS,
  ID_PATTERN,
  LANGUAGES,
  MEETING_KINDS,
  MEETING_STATUSES,
  QUOTE_MAX_CJK_CHARACTERS,
  QUOTE_MAX_WORDS,
  SOURCE_KINDS,
} from './vocabulary';
import { correctionsContact, httpUrl } from './web-address';

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

export const datasetShape = z.object({
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

export type DatasetShape = z.infer<typeof datasetShape>;
