import type { Commitment, Dataset } from '../../data/schema';
import { indexDataset } from '../../data/index-dataset';
import { commitmentDate } from '../../data/order';
import type {
  CommitmentStatus,
  CommitmentType,
  ConfidenceLevel,
  SourceKind,
} from '../../data/vocabulary';
import { currentStatus } from '../../data/progress';
import { proseVersions } from '../../data/text-language';

export interface ExportEvidence {
  source: string;
  title: string;
  publisher: string;
  /** What kind of source it is (official, news, seed, commentary…): what the confidence rests on. */
  kind: SourceKind | null;
  /** The source's publication date, where it states one. */
  date: string | null;
  /** The language the source is written in. */
  language: string | null;
  url: string | null;
  quote: string;
  /** An English rendering of a quote in another language. */
  translation: string | null;
  stance: 'supports' | 'contradicts';
}

export interface ExportRecord {
  id: string;
  title: { en: string; ja: string };
  meeting: { id: string; title: { en: string; ja: string }; date: string | null };
  /** The commitment's own date where it has one, else its meeting's. */
  date: string | null;
  domains: string[];
  type: CommitmentType;
  /** How far it got; null for an unverified or disputed claim, which counts for nothing. */
  status: CommitmentStatus | null;
  /** What a doubtful claim asserts. */
  claims: CommitmentStatus | null;
  checked: string;
  steps: {
    date: string;
    status: CommitmentStatus;
    confidence: string;
    event: string | null;
    note: ReturnType<typeof proseVersions> | null;
    evidence: { source: string; quote: string; translation: string | null }[];
  }[];
  confidence: ConfidenceLevel;
  /** Why a claim is reported only, unverified or disputed. */
  confidenceNote: { en: string; ja: string | null } | null;
  thread: { id: string; title: { en: string; ja: string } | null };
  /** In Japanese too where the dataset has it. */
  summary: { en: string; ja: string | null };
  evidence: ExportEvidence[];
}

/**
 * English and Japanese only: a record names every field it copies, so that nothing else in the
 * reader's file (an unknown key, however deeply nested) reaches an export.
 */
function localized(
  text: { en: string; ja: string } | undefined,
): { en: string; ja: string } | null {
  return text ? { en: text.en, ja: text.ja } : null;
}

/** One self-contained record per commitment: names and addresses resolved, nothing to look up. */
export function exportRecords(
  dataset: Dataset,
  commitments: readonly Commitment[],
): ExportRecord[] {
  const { meetings, sources, threads } = indexDataset(dataset);
  return commitments.map((commitment) => {
    const meeting = meetings.get(commitment.meeting);
    return {
      id: commitment.id,
      title: { en: commitment.title.en, ja: commitment.title.ja },
      meeting: {
        id: commitment.meeting,
        title: meeting
          ? { en: meeting.title.en, ja: meeting.title.ja }
          : { en: commitment.meeting, ja: commitment.meeting },
        date: meeting?.date ?? null,
      },
      date: commitmentDate(commitment, meeting) ?? null,
      domains: [...commitment.domains],
      type: commitment.type,
      status: currentStatus(commitment),
      claims: commitment.claims ?? null,
      checked: commitment.checked,
      steps: (commitment.steps ?? []).map((step) => ({
        date: step.date,
        status: step.status,
        confidence: step.confidence,
        event: step.event ?? null,
        note: step.note ? proseVersions(step.note) : null,
        evidence: (step.evidence ?? []).map((evidence) => ({
          source: evidence.source,
          quote: evidence.quote,
          translation: evidence.translation ?? null,
        })),
      })),
      confidence: commitment.confidence,
      confidenceNote: commitment.confidenceNote ? proseVersions(commitment.confidenceNote) : null,
      thread: {
        id: commitment.thread,
        title: localized(threads.get(commitment.thread)?.title),
      },
      summary: proseVersions(commitment.summary),
      evidence: commitment.evidence.map((evidence) => {
        const source = sources.get(evidence.source);
        return {
          source: evidence.source,
          title: source?.title ?? evidence.source,
          publisher: source?.publisher ?? '',
          kind: source?.kind ?? null,
          date: source?.date ?? null,
          language: source?.language ?? null,
          url: source?.url ?? null,
          quote: evidence.quote,
          translation: evidence.translation ?? null,
          stance: evidence.stance ?? 'supports',
        };
      }),
    };
  });
}
