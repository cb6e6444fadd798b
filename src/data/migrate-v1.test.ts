import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { majorVersion } from './major-version';
import { migrateV1 } from './migrate-v1';
import { parseDataset } from './parse-dataset';
import { currentStatus } from './progress';

const release110: unknown = JSON.parse(
  readFileSync(resolve('public/data/releases/1.1.0/partnership.json'), 'utf8'),
);

function parsed110() {
  const result = parseDataset(release110);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.dataset;
}

describe('majorVersion', () => {
  it.each<[unknown, number | undefined]>([
    [{ meta: { version: '1.1.0' } }, 1],
    [{ meta: { version: '2.0.0' } }, 2],
    [{ meta: { version: 'latest' } }, undefined],
    [{ meta: {} }, undefined],
    [null, undefined],
    [[], undefined],
  ])('reads %j as %s', (json, expected) => {
    expect(majorVersion(json)).toBe(expected);
  });
});

describe('a 1.x file opens, converted', () => {
  it('validates once converted, keeping its version so the page can say so', () => {
    expect(parsed110().meta.version).toBe('1.1.0');
  });

  it('turns an official status into one dated step with the same evidence', () => {
    const memorandum = parsed110().commitments.find(
      (c) => c.id === 'dpc1-semiconductor-memorandum',
    )!;
    expect(memorandum.steps).toEqual([
      {
        date: '2023-07-04',
        status: 'signed',
        confidence: 'official',
        evidence: memorandum.evidence,
      },
    ]);
    expect(memorandum.checked).toBe('2026-11-21');
  });

  it('turns the status of a doubtful claim into what it claims, which counts for nothing', () => {
    const claim = parsed110().commitments.find(
      (c) => c.id === 'dpc2-semiconductor-expert-team-assembled-claim',
    )!;
    expect(claim).toMatchObject({ claims: 'delivered', confidence: 'disputed' });
    expect(claim.steps).toBeUndefined();
    expect(currentStatus(claim)).toBeNull();
  });

  it('grades a meeting without an official source as reported, with the reason', () => {
    const dpc4 = parsed110().meetings.find((m) => m.id === 'dpc4')!;
    expect(dpc4.confidence).toBe('reported');
    expect(dpc4.confidenceNote).toMatch(/1\.x/);
    expect(parsed110().meetings.find((m) => m.id === 'dpc1')!.confidence).toBe('official');
  });

  it('leaves 2.x files and anything unreadable as they are', () => {
    const v2 = { meta: { version: '2.0.0' }, commitments: [{ status: 'signed' }] };
    expect(migrateV1(v2)).toBe(v2);
    expect(migrateV1('text')).toBe('text');
  });

  it('reports what a broken 1.x file lacks, with JSON paths', () => {
    const broken = structuredClone(release110) as { commitments: Record<string, unknown>[] };
    delete broken.commitments[0]!.evidence;
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain(
      '$.commitments[0].evidence',
    );
  });
});
