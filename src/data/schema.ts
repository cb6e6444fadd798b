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
import type { z } from 'zod';
import { checkDataset } from './dataset-rules';
import { datasetShape } from './record-schemas';

export {
  commitmentSchema,
  domainSchema,
  eventSchema,
  evidenceSchema,
  meetingSchema,
  quoteCjkCount,
  quoteWordCount,
  sourceSchema,
  stepSchema,
  threadSchema,
} from './record-schemas';
export { HTTP_PATTERN, isSafeWebAddress } from './web-address';

export const datasetSchema = datasetShape.superRefine(checkDataset);

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
