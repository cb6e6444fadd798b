import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape-xml';

describe('escapeXml', () => {
  it.each([
    ['R&D <b> "q" \'a\'', 'R&amp;D &lt;b&gt; &quot;q&quot; &apos;a&apos;'],
    ['bell\u0007 and tab\t', 'bell and tab\t'],
    ['日本語', '日本語'],
  ])('%j → %j', (text, expected) => {
    expect(escapeXml(text)).toBe(expected);
  });
});
