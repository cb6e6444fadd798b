import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../testing/property-runs';
import { highlightParts, type HighlightPart } from './search-highlight';

/** Parts written compactly: [matched] around the marked pieces. */
function marked(parts: readonly HighlightPart[]): string {
  return parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');
}

describe('highlightParts', () => {
  it.each<[string, string, string, string]>([
    ['no search', 'Early warning', '', 'Early warning'],
    ['one word, any case', 'Early warning systems', 'WARNING', 'Early [warning] systems'],
    ['every occurrence', 'chips and more chips', 'chips', '[chips] and more [chips]'],
    ['each word', 'Early warning systems', 'systems early', '[Early] warning [systems]'],
    ['overlapping words make one mark', 'semiconductors', 'semi conductor', '[semiconductor]s'],
    ['touching words make one mark', 'quantum', 'quan tum', '[quantum]'],
    ['inside a word', 'Cybersecurity', 'secur', 'Cyber[secur]ity'],
    ['no match', 'Quantum', 'chips', 'Quantum'],
    ['Japanese', '半導体の協力覚書に署名', '覚書', '半導体の協力[覚書]に署名'],
    ['full-width letters found by half-width', 'ＡＩ に関する対話', 'ai', '[ＡＩ] に関する対話'],
    ['half-width found by full-width', 'AI talks', 'ＡＩ', '[AI] talks'],
    ['half-width katakana', 'ﾃﾞｰﾀ連携', 'データ', '[ﾃﾞｰﾀ]連携'],
    // Characters a regular expression would read are text.
    ['regex', 'C++ (and .NET) [x]', 'c++ (and .*', '[C++] [(and] .NET) [x]'],
    ['a dot matches only a dot', 'a.b axb', '.', 'a[.]b axb'],
    ['markup is text', '<b>bold</b>', '<b>', '[<b>]bold</b>'],
    // A letter with a combining mark is one letter, as the search reads it.
    ['a combining mark', 'cafe\u0301 cafe', 'caf\u00e9', '[cafe\u0301] cafe'],
    ['emoji', 'EU 🇪🇺 and Japan 🇯🇵', '🇯🇵', 'EU 🇪🇺 and Japan [🇯🇵]'],
  ])('%s', (_name, text, q, expected) => {
    expect(marked(highlightParts(text, q))).toBe(expected);
  });

  it('gives nothing for no text', () => {
    expect(highlightParts('', 'chips')).toEqual([]);
  });

  it('marks what is left of a shortened text', () => {
    const long = `${'chips '.repeat(100)}end`;
    const shortened = `${long.slice(0, 20)}…`;
    expect(marked(highlightParts(shortened, 'chips'))).toBe('[chips] [chips] [chips] ch…');
  });
});

describe('highlightParts, for any text and search', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 60, unit: 'binary' }),
    fc.string({ maxLength: 60, unit: 'grapheme' }),
    fc.string({
      maxLength: 60,
      unit: fc.constantFrom(
        'a',
        'A',
        'ａ',
        '半',
        '導',
        '\u0301',
        '\ud83c',
        '\udf0f',
        '🌏',
        ' ',
        '.',
        '*',
        'ﬁ',
        'İ',
      ),
    }),
  );
  const query = fc.oneof(
    fc.string({ maxLength: 12, unit: 'binary' }),
    fc.string({
      maxLength: 6,
      unit: fc.constantFrom(
        'a',
        'A',
        'ａ',
        '半',
        '\u0301',
        '\ud83c',
        '🌏',
        ' ',
        '.',
        '*',
        '(',
        'fi',
        'i',
      ),
    }),
  );

  it('joins back to the text, marks no empty part, and never marks two parts in a row', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const parts = highlightParts(t, q);
        expect(parts.map((part) => part.text).join('')).toBe(t);
        for (const [index, part] of parts.entries()) {
          expect(part.text).not.toBe('');
          if (index > 0) expect(part.match && parts[index - 1]!.match).toBe(false);
        }
      }),
      propertyRuns(500),
    );
  });

  it('marks the text itself when the search is the text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), (t) => {
        fc.pre(/^\S+$/u.test(t));
        expect(highlightParts(t, t).some((part) => part.match)).toBe(true);
      }),
      propertyRuns(300),
    );
  });
});
