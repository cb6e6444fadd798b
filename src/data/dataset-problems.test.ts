import { describe, expect, it } from 'vitest';
import { toJsonPath } from './dataset-problems';

describe('toJsonPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], '$'],
    [['meta'], '$.meta'],
    [['commitments', 3, 'evidence', 0, 'source'], '$.commitments[3].evidence[0].source'],
    [['$schema'], '$.$schema'],
    [['a key with spaces'], '$["a key with spaces"]'],
    [['6g'], '$["6g"]'],
  ])('%j → %s', (path, expected) => {
    expect(toJsonPath(path)).toBe(expected);
  });
});
