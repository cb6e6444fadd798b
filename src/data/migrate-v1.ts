// Readers' own files in the 1.x format still open: they are converted to the 2.x shape before
// validation, and keep their version number, which is how the page knows to say so.
//
// 1.x (until 2026-11-30) gave each commitment one `status`. 2.x records how far it got as dated
// progress steps, and what a doubtful claim asserts as `claims`, never as progress.
import { majorVersion } from './major-version';
import { COUNTED_CONFIDENCE, OFFICIAL_SOURCE_KINDS, type ConfidenceLevel } from './vocabulary';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function migrateCommitment(
  commitment: unknown,
  meetingDates: Map<unknown, unknown>,
  asOf: unknown,
) {
  if (!isObject(commitment) || !('status' in commitment)) return commitment;
  const { status, ...rest } = commitment;
  const counted = COUNTED_CONFIDENCE.includes(commitment.confidence as ConfidenceLevel);
  const migrated: Json = { ...rest, checked: commitment.checked ?? asOf };
  if (!counted) return { ...migrated, claims: status };
  const date = commitment.date ?? meetingDates.get(commitment.meeting) ?? asOf;
  const confidence = commitment.confidence === 'official' ? 'official' : 'reported';
  return {
    ...migrated,
    steps: [{ date, status, confidence, evidence: commitment.evidence }],
  };
}

// 1.x did not grade meetings: one with an official source is official, any other only reported.
function migrateMeeting(meeting: unknown, officialSources: ReadonlySet<unknown>) {
  if (!isObject(meeting) || meeting.confidence !== undefined) return meeting;
  const sources = Array.isArray(meeting.sources) ? meeting.sources : [];
  return sources.some((source) => officialSources.has(source))
    ? { ...meeting, confidence: 'official' }
    : {
        ...meeting,
        confidence: 'reported',
        confidenceNote:
          'Graded on conversion from the 1.x format: none of its sources is official.',
      };
}

/** A 1.x file in the 2.x shape; anything else is returned as it is, for the schema to judge. */
export function migrateV1(json: unknown): unknown {
  if (majorVersion(json) !== 1 || !isObject(json)) return json;
  const meta = isObject(json.meta) ? json.meta : {};
  const meetings = Array.isArray(json.meetings) ? json.meetings : [];
  const officialSources = new Set(
    (Array.isArray(json.sources) ? json.sources : [])
      .filter((source) => isObject(source) && OFFICIAL_SOURCE_KINDS.includes(source.kind as never))
      .map((source) => (source as Json).id),
  );
  const meetingDates = new Map(
    meetings.filter(isObject).map((meeting) => [meeting.id, meeting.date] as const),
  );
  return {
    ...json,
    meetings: meetings.map((meeting) => migrateMeeting(meeting, officialSources)),
    events: json.events ?? [],
    commitments: Array.isArray(json.commitments)
      ? json.commitments.map((c) => migrateCommitment(c, meetingDates, meta.lastUpdated))
      : json.commitments,
  };
}
