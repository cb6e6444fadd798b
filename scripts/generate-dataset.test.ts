import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/data/parse-dataset';
import { generateDataset } from './generate-dataset';

describe('generateDataset', () => {
  it.each([10, 1000])('writes a schema-valid file of %i commitments', (count) => {
    const generated = generateDataset(count);
    expect(generated.commitments).toHaveLength(count);
    expect(parseDataset(generated)).toMatchObject({ ok: true });
  });

  it('gives the same file for the same seed and another for another seed', () => {
    expect(generateDataset(50, 7)).toEqual(generateDataset(50, 7));
    expect(generateDataset(50, 7)).not.toEqual(generateDataset(50, 8));
  });
});
