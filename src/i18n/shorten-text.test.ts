import { describe, expect, it } from 'vitest';
import { shortenText } from './shorten-text';

describe('shortenText', () => {
  it('keeps a short text as it is', () => {
    expect(shortenText('Semiconductors', 20)).toBe('Semiconductors');
    expect(shortenText('😀'.repeat(10), 10)).toBe('😀'.repeat(10));
  });

  it('cuts a long text with a visible ellipsis', () => {
    expect(shortenText('a'.repeat(5_000_000), 300)).toBe(`${'a'.repeat(300)}…`);
  });

  it('never cuts a character in half', () => {
    // Generated: a character outside the Basic Multilingual Plane at every possible cut.
    for (let prefix = 0; prefix < 6; prefix++) {
      const text = `${'x'.repeat(prefix)}${'𝕏😀'.repeat(20)}`;
      const cut = shortenText(text, 7);
      expect(cut.endsWith('…')).toBe(true);
      expect(Array.from(cut.slice(0, -1))).toHaveLength(7);
      // No lone half of a surrogate pair.
      expect(cut).not.toMatch(
        /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      );
    }
  });
});
