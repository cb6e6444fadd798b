// The rules across the records of a dataset, checked after their shape so that each problem is
// reported with its JSON path: unique ids, references that resolve, and the rules of evidence
// (an official grade needs an official source; progress only on official or reported records;
// steps in date order, evidenced, not before their commitment).
import type { z } from 'zod';
import type { DatasetShape, evidenceSchema } from './record-schemas';
import { COUNTED_CONFIDENCE, OFFICIAL_SOURCE_KINDS } from './vocabulary';

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

/** Integrity across collections: unique ids, resolvable references, and the rules of evidence. */
export function checkDataset(data: DatasetShape, ctx: Ctx): void {
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
}
