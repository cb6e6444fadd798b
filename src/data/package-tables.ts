// The dataset as flat tables, one per kind of record, and each table as CSV: the content of the
// data package (data-package.ts describes it).
import type { Commitment, Dataset } from './schema';
import { currentStatus } from './progress';
import { proseVersions } from './text-language';

export type FieldType = 'string' | 'date' | 'integer' | 'boolean';

export interface TableField {
  name: string;
  type: FieldType;
  description?: string;
}

type Cell = string | number | boolean | null | undefined;

export interface Table {
  name: string;
  title: string;
  fields: TableField[];
  primaryKey?: string[];
  rows: Record<string, Cell>[];
}

/** Separates the ids of a list in one cell; ids never contain it. */
export const LIST_SEPARATOR = '; ';

const list = (ids: readonly string[]) => ids.join(LIST_SEPARATOR);

type Prose = Parameters<typeof proseVersions>[0];

/** A prose field as two columns: English, and Japanese where the dataset has it. */
function prose(name: string, value: Prose | undefined): Record<string, string | null> {
  const versions = value === undefined ? { en: null, ja: null } : proseVersions(value);
  return { [`${name}_en`]: versions.en, [`${name}_ja`]: versions.ja };
}

const s = (name: string, description?: string): TableField => ({
  name,
  type: 'string',
  ...(description ? { description } : {}),
});
const d = (name: string, description?: string): TableField => ({
  ...s(name, description),
  type: 'date',
});
const i = (name: string, description?: string): TableField => ({
  ...s(name, description),
  type: 'integer',
});
const both = (name: string): TableField[] => [s(`${name}_en`), s(`${name}_ja`)];

interface EvidenceLike {
  source: string;
  quote: string;
  translation?: string | undefined;
  stance?: 'supports' | 'contradicts' | undefined;
}

function evidenceRows(
  recordType: 'commitment' | 'step' | 'event',
  recordId: string,
  stepIndex: number | null,
  evidence: readonly EvidenceLike[],
): Record<string, Cell>[] {
  return evidence.map((entry) => ({
    record_type: recordType,
    record_id: recordId,
    step_index: stepIndex,
    source: entry.source,
    quote: entry.quote,
    translation: entry.translation ?? null,
    stance: entry.stance ?? 'supports',
  }));
}

function commitmentEvidence(commitment: Commitment): Record<string, Cell>[] {
  return [
    ...evidenceRows('commitment', commitment.id, null, commitment.evidence),
    ...(commitment.steps ?? []).flatMap((step, index) =>
      evidenceRows('step', commitment.id, index, step.evidence ?? []),
    ),
  ];
}

/** The tables of the package, in the order datapackage.json lists them. */
export function packageTables(dataset: Dataset): Table[] {
  return [
    {
      name: 'commitments',
      title: 'Commitments',
      fields: [
        s('id'),
        s('meeting', 'Id of the meeting (meetings.csv).'),
        d('date', 'The commitment’s own date, where it has one.'),
        s('domains', `Domain ids (domains.csv), separated by "${LIST_SEPARATOR.trim()}".`),
        s('type'),
        s('status', 'How far it got (its latest step); empty for an unverified or disputed claim.'),
        s('claims', 'What an unverified or disputed claim asserts.'),
        s('confidence'),
        s('thread', 'Id of the line of work (threads.csv).'),
        ...both('title'),
        ...both('summary'),
        ...both('confidence_note'),
        d('checked', 'When the record was last checked against the sources.'),
      ],
      primaryKey: ['id'],
      rows: dataset.commitments.map((c) => ({
        id: c.id,
        meeting: c.meeting,
        date: c.date,
        domains: list(c.domains),
        type: c.type,
        status: currentStatus(c),
        claims: c.claims,
        confidence: c.confidence,
        thread: c.thread,
        title_en: c.title.en,
        title_ja: c.title.ja,
        ...prose('summary', c.summary),
        ...prose('confidence_note', c.confidenceNote),
        checked: c.checked,
      })),
    },
    {
      name: 'evidence',
      title: 'Evidence: one row per quote',
      fields: [
        s('record_type', 'commitment, step (a progress step of a commitment) or event.'),
        s('record_id', 'Id of the commitment or event.'),
        i('step_index', 'For a step: its position in steps.csv, from 0.'),
        s('source', 'Id of the source (sources.csv).'),
        s('quote', 'Verbatim from the source.'),
        s('translation', 'An English rendering of a quote in another language.'),
        s('stance', 'supports or contradicts.'),
      ],
      rows: [
        ...dataset.commitments.flatMap(commitmentEvidence),
        ...dataset.events.flatMap((e) => evidenceRows('event', e.id, null, e.evidence)),
      ],
    },
    {
      name: 'steps',
      title: 'Progress steps of the commitments, oldest first',
      fields: [
        s('commitment', 'Id of the commitment.'),
        i('index', 'Position among the commitment’s steps, from 0.'),
        d('date'),
        s('status'),
        s('confidence'),
        s('event', 'Id of the event (events.csv) where the step happened.'),
        ...both('note'),
      ],
      primaryKey: ['commitment', 'index'],
      rows: dataset.commitments.flatMap((c) =>
        (c.steps ?? []).map((step, index) => ({
          commitment: c.id,
          index,
          date: step.date,
          status: step.status,
          confidence: step.confidence,
          event: step.event,
          ...prose('note', step.note),
        })),
      ),
    },
    {
      name: 'events',
      title: 'Events between the meetings',
      fields: [
        s('id'),
        s('kind'),
        ...both('title'),
        d('date'),
        d('end_date'),
        ...both('city'),
        s('domains', `Domain ids, separated by "${LIST_SEPARATOR.trim()}".`),
        s('threads', `Thread ids, separated by "${LIST_SEPARATOR.trim()}".`),
        ...both('summary'),
        s('confidence'),
        ...both('confidence_note'),
      ],
      primaryKey: ['id'],
      rows: dataset.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        title_en: e.title.en,
        title_ja: e.title.ja,
        date: e.date,
        end_date: e.endDate,
        city_en: e.city?.en,
        city_ja: e.city?.ja,
        domains: list(e.domains),
        threads: list(e.threads),
        ...prose('summary', e.summary),
        confidence: e.confidence,
        ...prose('confidence_note', e.confidenceNote),
      })),
    },
    {
      name: 'meetings',
      title: 'Meetings of the Digital Partnership Council',
      fields: [
        s('id'),
        s('kind'),
        i('number'),
        s('status'),
        ...both('title'),
        d('date'),
        i('year'),
        ...both('city'),
        ...both('summary'),
        s('sources', `Source ids, separated by "${LIST_SEPARATOR.trim()}".`),
        s('confidence'),
        ...both('confidence_note'),
      ],
      primaryKey: ['id'],
      rows: dataset.meetings.map((m) => ({
        id: m.id,
        kind: m.kind,
        number: m.number,
        status: m.status,
        title_en: m.title.en,
        title_ja: m.title.ja,
        date: m.date,
        year: m.year,
        city_en: m.city.en,
        city_ja: m.city.ja,
        ...prose('summary', m.summary),
        sources: list(m.sources),
        confidence: m.confidence,
        ...prose('confidence_note', m.confidenceNote),
      })),
    },
    {
      name: 'threads',
      title: 'Lines of work',
      fields: [s('id'), ...both('title'), ...both('description')],
      primaryKey: ['id'],
      rows: dataset.threads.map((t) => ({
        id: t.id,
        title_en: t.title.en,
        title_ja: t.title.ja,
        ...prose('description', t.description),
      })),
    },
    {
      name: 'sources',
      title: 'Sources',
      fields: [
        s('id'),
        s('title'),
        s('publisher'),
        d('date', 'Publication date, where the source states it.'),
        s('url'),
        s('kind', 'official, official-mirror, news, seed, commentary…'),
        s('language'),
        s('note'),
        d('accessed', 'When the address was last read for this dataset.'),
      ],
      primaryKey: ['id'],
      rows: dataset.sources.map((source) => ({
        id: source.id,
        title: source.title,
        publisher: source.publisher,
        date: source.date,
        url: source.url,
        kind: source.kind,
        language: source.language,
        note: source.note,
        accessed: source.accessed,
      })),
    },
    {
      name: 'domains',
      title: 'Domains',
      fields: [s('id'), ...both('label'), ...both('description'), s('color')],
      primaryKey: ['id'],
      rows: dataset.domains.map((domain) => ({
        id: domain.id,
        label_en: domain.label.en,
        label_ja: domain.label.ja,
        description_en: domain.description.en,
        description_ja: domain.description.ja,
        color: domain.color,
      })),
    },
  ];
}
