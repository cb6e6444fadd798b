import { describe, expect, it } from 'vitest';
import { onePer } from './one-per';

describe('onePer', () => {
  it.each([
    { keys: ['en'], made: 1 },
    { keys: ['en', 'en', 'en'], made: 1 },
    { keys: ['en', 'ja', 'en', 'ja'], made: 2 },
  ])('makes one value per key: $keys', ({ keys, made }) => {
    const calls: string[] = [];
    const get = onePer((key: string) => {
      calls.push(key);
      return { key };
    });
    const values = keys.map(get);
    expect(calls).toHaveLength(made);
    values.forEach((value, i) => {
      expect(value.key).toBe(keys[i]);
      expect(value).toBe(get(keys[i]!));
    });
  });
});
