import fc from 'fast-check';

/**
 * Characters a dataset may hold (the schema asks only for some text) that break files written
 * naively: control characters XML forbids, DEL and C1 controls, the noncharacters U+FFFE and
 * U+FFFF, halves of surrogate pairs on their own, line separators, what starts a spreadsheet
 * formula, and markup.
 */
export const HOSTILE_CHARACTERS = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  '\u007F',
  '\u0085',
  '\u009F',
  '\u2028',
  '\u2029',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '=',
  '+',
  '-',
  '@',
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '&#1;',
];

/** A text of hostile characters mixed with ordinary ones (Latin, Japanese, emoji), never blank. */
export const hostileText = (maxLength = 24) =>
  fc
    .string({
      unit: fc.oneof(
        { arbitrary: fc.constantFrom(...HOSTILE_CHARACTERS), weight: 3 },
        { arbitrary: fc.constantFrom('a', 'Z', '7', ' ', '半', '導', 'é', '😀'), weight: 2 },
      ),
      minLength: 1,
      maxLength,
    })
    // The schema asks for some text that is not blank.
    .map((text) => `${text}x`);

/** Whether `svg` is well-formed XML: parsed strictly, as an XML 1.0 parser (jsdom's is one) or an SVG viewer would. */
export function parsesAsXml(svg: string): boolean {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return parsed.querySelector('parsererror') === null;
}
