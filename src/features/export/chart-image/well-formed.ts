// Text from a dataset (a reader's own file may hold anything JSON can) made safe for a picture file.

// Half of a surrogate pair with no other half: no character at all, and encodeURIComponent throws
// on it. Matched on UTF-16 code units, without the u flag.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Characters XML 1.0 forbids anywhere in a document: control characters other than tab and line
// breaks, and the two noncharacters U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex -- matching them is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// A numeric character reference, which a serialiser may write for a character it would not write
// as it is.
const CHARACTER_REFERENCE = /&#(?:x([0-9a-fA-F]+)|([0-9]+));/g;

/** Whether XML 1.0 allows a code point in a document (its production Char). */
function isXmlCharacter(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Every lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does (ES2024, which
 * not every supported browser has): the text can then be encoded, as UTF-8 or in a data: URL.
 */
export function wellFormedText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * An XML document (an SVG file) that any XML parser accepts whatever text went into it: lone
 * surrogates become U+FFFD, and characters XML 1.0 forbids are dropped, whether written as they
 * are or as character references. The document's markup has none of them, so only text changes.
 */
export function wellFormedXml(document: string): string {
  return wellFormedText(document)
    .replace(NOT_XML, '')
    .replace(CHARACTER_REFERENCE, (reference, hex?: string, decimal?: string) =>
      isXmlCharacter(hex ? parseInt(hex, 16) : Number(decimal)) ? reference : '',
    );
}
