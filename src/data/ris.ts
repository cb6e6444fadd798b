/** Writing RIS records, the tagged format reference managers import: pure text, no wording. */

/** One field of a record: a two-character tag (`TI`, `UR`…) and its value. */
export type RisField = readonly [tag: string, value: string];

/**
 * A field's value on one line: any line break or other vertical space (`\r`, `\n`, `\v`, `\f`,
 * NEL, the Unicode line and paragraph separators) becomes one space, a tab a space, other control
 * characters are dropped, so no text can end the line early or start a tag of its own.
 */
export function risValue(text: string): string {
  return (
    text
      .replace(/\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g, ' ')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001F\u007F-\u009F]/g, '')
      .trim()
  );
}

/** YYYY-MM-DD as RIS writes a date: YYYY/MM/DD. */
export function risDate(date: string): string {
  return date.replace(/-/g, '/');
}

/**
 * A RIS record: `TY  - <type>` first, one `XX  - value` line per field with a value (empty ones
 * are left out), `ER  - ` last. Lines end with a line feed.
 */
export function risRecord(type: string, fields: readonly RisField[]): string {
  const lines = [`TY  - ${risValue(type)}`];
  for (const [tag, value] of fields) {
    if (!/^[A-Z][A-Z0-9]$/.test(tag) || tag === 'TY' || tag === 'ER') {
      throw new Error(`Not a RIS tag for a field: ${tag}`);
    }
    const line = risValue(value);
    if (line) lines.push(`${tag}  - ${line}`);
  }
  return `${lines.join('\n')}\nER  - `;
}
