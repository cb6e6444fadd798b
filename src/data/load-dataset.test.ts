import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from './dataset-error';
import {
  fetchDataset,
  loadDataset,
  MAX_FILE_BYTES,
  readDatasetFile,
  TOTAL_BUDGET_MS,
} from './load-dataset';
import { fixtureDataset } from '../testing/test-fixture';

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
  vi.useRealTimers();
});

/** A server that never answers: the request hangs until its signal aborts it. */
function hang() {
  const calls = vi.fn(
    (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
      ),
  );
  vi.stubGlobal('fetch', calls);
  return calls;
}

/** Headers at once, then a byte a second, for ever (until the request is aborted). */
function drip() {
  const calls = vi.fn(async (_url: string, init: RequestInit) => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{'));
        timer = setInterval(() => controller.enqueue(new TextEncoder().encode(' ')), 1_000);
        init.signal!.addEventListener('abort', () => {
          clearInterval(timer);
          controller.error(init.signal!.reason);
        });
      },
    });
    return new Response(body, { status: 200 });
  });
  vi.stubGlobal('fetch', calls);
  return calls;
}

describe('loadDataset: one deadline for every attempt', () => {
  it.each([
    ['a server that never answers', hang],
    ['a body that trickles in', drip],
  ])('gives %s up within 20 seconds, naming the time really waited', async (_name, serve) => {
    vi.useFakeTimers();
    const calls = serve();
    let settled: DatasetError | undefined;
    const started = Date.now();
    void failure(loadDataset('/data.json')).then((error) => (settled = error));
    await vi.advanceTimersByTimeAsync(TOTAL_BUDGET_MS);
    expect(settled).toBeInstanceOf(DatasetError);
    expect(settled!.kind).toBe('timeout');
    expect(calls.mock.calls.length).toBeGreaterThan(1);
    // The page says what really happened: it waited (about) twenty seconds, not "fifteen".
    const waited = (Date.now() - started) / 1000;
    expect(waited).toBeLessThanOrEqual(20);
    expect(settled!.reason).toEqual({ kind: 'timeout', seconds: Math.round(waited) });
    expect(Math.round(waited)).toBeGreaterThanOrEqual(15);
  });

  it('returns the dataset when a later attempt succeeds', async () => {
    vi.useFakeTimers();
    let count = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        count++ === 0
          ? new Response('oops', { status: 503 })
          : new Response(JSON.stringify(fixtureDataset)),
      ),
    );
    const loaded = loadDataset('/data.json');
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(loaded).resolves.toEqual(fixtureDataset);
  });

  it('does not retry a file that is broken', async () => {
    const calls = vi.fn(async () => new Response('<html>'));
    vi.stubGlobal('fetch', calls);
    expect((await failure(loadDataset('/data.json'))).kind).toBe('json');
    expect(calls).toHaveBeenCalledTimes(1);
  });
});

describe('fetchDataset: who is to blame', () => {
  it('blames the server, not the connection, for a body that breaks off after the answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"meta":'));
            // What the browser reports for a corrupt compressed body.
            controller.error(new TypeError('Failed to fetch'));
          },
        });
        return new Response(body, { status: 200 });
      }),
    );
    expect((await failure(fetchDataset('/data.json'))).reason).toEqual({ kind: 'broken' });
  });
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
        reason: { kind: 'http', status: 404, statusText: 'Not Found' },
      },
    ],
    [
      'a 500',
      () => serve('oops', { status: 500 }),
      {
        kind: 'http',
        status: 500,
        isTransient: true,
        reason: { kind: 'http', status: 500, statusText: '' },
      },
    ],
    [
      'a 403',
      () => serve('no', { status: 403 }),
      { kind: 'http', isTransient: false, reason: { kind: 'http', status: 403, statusText: '' } },
    ],
    [
      'a network failure',
      () =>
        vi.stubGlobal(
          'fetch',
          vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
        ),
      { kind: 'network', isTransient: true, reason: { kind: 'network', offline: false } },
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

  it.each([
    // A redirect loop, or a server out of reach, while the browser is online: the same TypeError.
    [true, false],
    // The browser knows it has no network.
    [false, true],
  ])('a failed request with navigator.onLine %s is offline: %s', async (onLine, offline) => {
    vi.stubGlobal('navigator', { onLine });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect((await failure(fetchDataset('/data.json'))).reason).toEqual({
      kind: 'network',
      offline,
    });
  });

  it('gives up after the timeout and says so', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) =>
            init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
          ),
      ),
    );
    const error = await failure(fetchDataset('/data.json', undefined, 20));
    expect(error).toMatchObject({ kind: 'timeout', isTransient: true });
    expect(error.reason).toEqual({ kind: 'timeout', seconds: 0 });
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

describe('readDatasetFile', () => {
  const file = (text: string, name = 'mine.json') =>
    new File([text], name, { type: 'application/json' });

  it('reads a valid file', async () => {
    await expect(readDatasetFile(file(JSON.stringify(fixtureDataset)))).resolves.toEqual(
      fixtureDataset,
    );
  });

  it.each<[string, () => File, Partial<DatasetError>]>([
    [
      'text that is not JSON',
      () => file('hello'),
      { kind: 'json', reason: { kind: 'json', file: 'mine.json' } },
    ],
    [
      'JSON that is not a dataset',
      () => file('{"meta": 1}'),
      { kind: 'schema', reason: { kind: 'schema', file: 'mine.json' } },
    ],
    [
      'a file too large to open',
      () => {
        const big = file('{}', 'huge.json');
        Object.defineProperty(big, 'size', { value: MAX_FILE_BYTES + 1 });
        return big;
      },
      {
        kind: 'file',
        reason: { kind: 'file', file: 'huge.json', problem: 'too-large', megabytes: 64, limit: 64 },
      },
    ],
  ])('rejects %s', async (_name, make, expected) => {
    expect(await failure(readDatasetFile(make()))).toMatchObject(expected);
  });

  it('names every schema problem of a file', async () => {
    const broken = structuredClone(fixtureDataset);
    broken.sources[0]!.url = 'javascript:alert(1)';
    broken.commitments[0]!.domains = ['space'];
    const error = await failure(readDatasetFile(file(JSON.stringify(broken))));
    expect(error.problems).toEqual([
      { path: '$.sources[0].url', message: 'must be an http:// or https:// address' },
      { path: '$.commitments[0].domains[0]', message: 'unknown domain "space"' },
    ]);
  });
});
