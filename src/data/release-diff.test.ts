import { describe, expect, it } from 'vitest';
import { cloneFixture, fixtureDataset } from '../testing/test-fixture';
import {
  changedFields,
  countChanges,
  diffDatasets,
  filterChanges,
  releaseHistory,
  type RecordChange,
} from './release-diff';
import type { Dataset } from './schema';

const edit = (change: (dataset: Dataset) => void): Dataset => {
  const dataset = cloneFixture();
  change(dataset);
  return dataset;
};

const brief = (changes: RecordChange[]) =>
  changes.map(
    (c) => `${c.change} ${c.kind} ${c.id}${c.fields.length ? ` ${c.fields.join(',')}` : ''}`,
  );

describe('diffDatasets', () => {
  it.each<[string, (dataset: Dataset) => void, string[]]>([
    ['nothing for the same release', () => {}, []],
    [
      'a field changed, named',
      (d) => {
        d.commitments[0]!.summary = 'Signed later.';
      },
      ['changed commitments chip-memorandum summary'],
    ],
    [
      'several fields of one record, in the record’s order',
      (d) => {
        d.commitments[1]!.title = { en: 'AI rules talks', ja: 'AIルールの協議' };
        d.commitments[1]!.checked = '2026-11-30';
      },
      ['changed commitments ai-talks title,checked'],
    ],
    [
      'a field given where it was absent',
      (d) => {
        d.sources[0]!.accessed = '2026-11-30';
      },
      ['changed sources official-release accessed'],
    ],
    [
      'a field taken away',
      (d) => {
        delete d.commitments[0]!.date;
      },
      ['changed commitments chip-memorandum date'],
    ],
    [
      'a step added inside a record',
      (d) => {
        d.commitments[1]!.steps!.push({
          date: '2026-11-01',
          status: 'in-progress',
          confidence: 'reported',
          evidence: [{ source: 'news-report', quote: 'talks continue' }],
        });
      },
      ['changed commitments ai-talks steps'],
    ],
    [
      'a record added and one removed',
      (d) => {
        d.events = [];
        d.threads.push({ id: 'quantum', title: { en: 'Quantum', ja: '量子' }, description: 'Q.' });
      },
      ['removed events chip-call', 'added threads quantum'],
    ],
  ])('%s', (_name, change, expected) => {
    expect(brief(diffDatasets(fixtureDataset, edit(change)))).toEqual(expected);
  });

  it('keys in another order are no change', () => {
    const reordered = edit((d) => {
      const { label, id, ...rest } = d.domains[0]!;
      d.domains[0] = { ...rest, label, id } as unknown as Dataset['domains'][number];
    });
    expect(diffDatasets(fixtureDataset, reordered)).toEqual([]);
  });

  it('without an older release, every record is added, with its title, domains and meetings', () => {
    const changes = diffDatasets(null, fixtureDataset);
    expect(countChanges(changes)).toEqual({
      added:
        fixtureDataset.commitments.length +
        fixtureDataset.meetings.length +
        fixtureDataset.events.length +
        fixtureDataset.threads.length +
        fixtureDataset.domains.length +
        fixtureDataset.sources.length,
      changed: 0,
      removed: 0,
    });
    expect(changes[0]).toMatchObject({
      kind: 'commitments',
      id: 'chip-memorandum',
      title: { en: 'Chip memorandum signed', ja: '半導体覚書に署名' },
      domains: ['semiconductors'],
      meetings: ['dpc1'],
    });
  });
});

describe('changedFields', () => {
  it.each<[string, object, object, string[]]>([
    ['equal', { id: 'a', x: 1 }, { id: 'a', x: 1 }, []],
    ['a value', { id: 'a', x: 1 }, { id: 'a', x: 2 }, ['x']],
    [
      'nested, key order ignored',
      { id: 'a', t: { en: 'A', ja: 'あ' } },
      { id: 'a', t: { ja: 'あ', en: 'A' } },
      [],
    ],
    ['a list order matters', { id: 'a', l: [1, 2] }, { id: 'a', l: [2, 1] }, ['l']],
    ['added then removed keys', { id: 'a', old: 1 }, { id: 'a', neu: 1 }, ['neu', 'old']],
  ])('%s', (_name, older, newer, expected) => {
    expect(changedFields(older as never, newer as never)).toEqual(expected);
  });
});

describe('filterChanges', () => {
  const changes = diffDatasets(null, fixtureDataset);
  const ids = (filter: { domains: string[]; meetings: string[] }) =>
    filterChanges(changes, filter).map((c) => `${c.kind} ${c.id}`);

  it.each<[string, { domains: string[]; meetings: string[] }, string[]]>([
    [
      'a meeting: its commitments and the meeting itself',
      { domains: [], meetings: ['dpc1'] },
      ['commitments chip-memorandum', 'meetings dpc1'],
    ],
    [
      'a domain: its commitments, events and the domain itself',
      { domains: ['ai'], meetings: [] },
      ['commitments ai-talks', 'domains ai'],
    ],
    [
      'both',
      { domains: ['semiconductors'], meetings: ['dpc2'] },
      ['commitments ai-talks', 'commitments chip-team-claim'],
    ],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('no filter keeps everything', () => {
    expect(filterChanges(changes, { domains: [], meetings: [] })).toEqual(changes);
  });
});

describe('releaseHistory', () => {
  it('diffs each release against the one before, newest first', () => {
    const newer = edit((d) => {
      d.commitments[0]!.summary = 'x';
    });
    const history = releaseHistory([
      { version: '1.0.0', date: '2026-01-01', dataset: fixtureDataset },
      { version: '1.1.0', date: '2026-02-01', dataset: newer },
    ]);
    expect(history.map((r) => [r.version, r.previous, r.changes.length])).toEqual([
      ['1.1.0', '1.0.0', 1],
      ['1.0.0', null, diffDatasets(null, fixtureDataset).length],
    ]);
  });
});
