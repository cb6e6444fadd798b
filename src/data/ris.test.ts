import { describe, expect, it } from 'vitest';
import { risDate, risRecord, risValue } from './ris';

describe('risValue', () => {
  it.each([
    ['one line', 'one line'],
    ['two\nlines', 'two lines'],
    ['cr\r\nlf \r old mac', 'cr lf old mac'],
    ['line\u2028separator\u2029paragraph\u0085next', 'line separator paragraph next'],
    ['vertical\vtab\fform feed', 'vertical tab form feed'],
    ['tab\tand bell\u0007', 'tab and bell'],
    ['  padded  ', 'padded'],
    ['日本語\nの題名', '日本語 の題名'],
  ])('%j → %j', (text, expected) => {
    expect(risValue(text)).toBe(expected);
  });
});

describe('risRecord', () => {
  it('writes TY first, a line per field with a value, and ER last', () => {
    expect(
      risRecord('DATA', [
        ['TI', 'A\ntitle'],
        ['AU', ''],
        ['UR', 'https://x.example/?v=1.1.0'],
      ]),
    ).toBe('TY  - DATA\nTI  - A title\nUR  - https://x.example/?v=1.1.0\nER  - ');
  });

  it.each(['TY', 'ER', 'title', 'T', 'ti'])('refuses %j as a field tag', (tag) => {
    expect(() => risRecord('DATA', [[tag, 'x']])).toThrow();
  });

  it('writes dates with slashes', () => {
    expect(risDate('2026-11-30')).toBe('2026/11/30');
  });
});
