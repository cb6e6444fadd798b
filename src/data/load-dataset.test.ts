import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError, fetchDataset } from './load-dataset';
import { fixtureDataset } from './test-fixture';

function serve(body: string, init: ResponseInit = { status: 200 }) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, init)),
  );
}

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof DatasetError))
    throw new Error(`expected a DatasetError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchDataset', () => {
  it('returns the parsed dataset', async () => {
    serve(JSON.stringify(fixtureDataset));
    await expect(fetchDataset('/data.json')).resolves.toEqual(fixtureDataset);
  });

  it.each<[string, () => void, Partial<DatasetError>]>([
    [
      'a 404',
      () => serve('Not found', { status: 404, statusText: 'Not Found' }),
      {
        kind: 'http',
        status: 404,
        isTransient: false,
        message: 'The server answered 404 Not Found.',
      },
    ],
    [
      'a 500',
      () => serve('oops', { status: 500 }),
      { kind: 'http', status: 500, isTransient: true },
    ],
    [
      'a network failure',
      () =>
        vi.stubGlobal(
          'fetch',
          vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
        ),
      { kind: 'network', isTransient: true },
    ],
    [
      'a truncated body',
      () => serve(JSON.stringify(fixtureDataset).slice(0, 200)),
      { kind: 'json', isTransient: false },
    ],
    [
      'an HTML page instead of JSON',
      () => serve('<!doctype html><title>x</title>'),
      { kind: 'json' },
    ],
  ])('reports %s', async (_name, arrange, expected) => {
    arrange();
    expect(await failure(fetchDataset('/data.json'))).toMatchObject(expected);
  });

  it('lists each schema problem with its JSON path', async () => {
    const broken = structuredClone(fixtureDataset) as unknown as {
      commitments: { meeting: string }[];
    };
    broken.commitments[1]!.meeting = 'dpc9';
    serve(JSON.stringify(broken));
    const error = await failure(fetchDataset('/data.json'));
    expect(error.kind).toBe('schema');
    expect(error.problems).toEqual([
      { path: '$.commitments[1].meeting', message: 'unknown meeting "dpc9"' },
    ]);
  });
});
