import type {
  Commitment,
  Dataset,
  Domain,
  Meeting,
  PartnershipEvent,
  Source,
  Thread,
} from './schema';

/**
 * The dataset's records by id, built once per dataset. Maps, so that no id (`constructor`,
 * `__proto__`) can clash with a property of a plain object.
 */
export interface DatasetIndex {
  domains: ReadonlyMap<string, Domain>;
  meetings: ReadonlyMap<string, Meeting>;
  threads: ReadonlyMap<string, Thread>;
  sources: ReadonlyMap<string, Source>;
  commitments: ReadonlyMap<string, Commitment>;
  events: ReadonlyMap<string, PartnershipEvent>;
  /** Each thread's commitments, in the dataset's order. */
  commitmentsByThread: ReadonlyMap<string, readonly Commitment[]>;
}

function byId<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

const indexes = new WeakMap<Dataset, DatasetIndex>();

/** The index of a dataset: built on first use, then the same object for as long as the dataset lives. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

function buildIndex(dataset: Dataset): DatasetIndex {
  const commitmentsByThread = new Map<string, Commitment[]>();
  for (const commitment of dataset.commitments) {
    const list = commitmentsByThread.get(commitment.thread);
    if (list) list.push(commitment);
    else commitmentsByThread.set(commitment.thread, [commitment]);
  }
  return {
    domains: byId(dataset.domains),
    meetings: byId(dataset.meetings),
    threads: byId(dataset.threads),
    sources: byId(dataset.sources),
    commitments: byId(dataset.commitments),
    events: byId(dataset.events),
    commitmentsByThread,
  };
}
