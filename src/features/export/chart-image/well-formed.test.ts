// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, parsesAsXml } from '../../../testing/hostile-text';
import { propertyRuns } from '../../../testing/property-runs';
import { svgDataUrl } from './chart-image';
import { standaloneSvg } from './standalone-svg';
import { wellFormedText, wellFormedXml } from './well-formed';

/**
 * Text written into markup as a browser's serialiser writes a text node (DOM Parsing): &, < and >
 * escaped, control characters and lone surrogates written as they are.
 */
const serialised = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('wellFormedText', () => {
  it.each([
    ['\uD800', '\uFFFD'],
    ['a\uDFFFb', 'a\uFFFDb'],
    ['\uDC00\uD800', '\uFFFD\uFFFD'],
    // A pair is one character, kept.
    ['\uD83D\uDE00', '\uD83D\uDE00'],
    ['x\uD83D', 'x\uFFFD'],
    ['半導体', '半導体'],
  ])('%j → %j', (text, expected) => {
    expect(wellFormedText(text)).toBe(expected);
  });
});

describe('wellFormedXml', () => {
  it.each([
    ['<t>a\u0001b\u001Fc\uFFFEd\uFFFF</t>', '<t>abcd</t>'],
    ['<t>&#1;&#x1F;&#xFFFE;&#9;&#x41;</t>', '<t>&#9;&#x41;</t>'],
    ['<t a="\u0000\u000B">\tkept\r\n\u007F</t>', '<t a="">\tkept\r\n\u007F</t>'],
    ['<t>\uD800</t>', '<t>\uFFFD</t>'],
  ])('%j → %j', (document, expected) => {
    expect(wellFormedXml(document)).toBe(expected);
  });

  it('makes any text in a document well-formed XML', () => {
    fc.assert(
      fc.property(hostileText(40), (text) => {
        const document = `<svg xmlns="http://www.w3.org/2000/svg"><text>${serialised(text)}</text></svg>`;
        expect(parsesAsXml(wellFormedXml(document))).toBe(true);
      }),
      propertyRuns(300),
    );
  });
});

describe('standaloneSvg with hostile text', () => {
  const picture = (title: string, label: string, tick: string) => ({
    chart: `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><text x="1" y="1">${serialised(tick)}</text></svg>`,
    width: 600,
    height: 300,
    title,
    subtitle: `Commitments matching “${title}”`,
    source: `Source: ${label}, https://tracker.example/?q=${encodeURIComponent(wellFormedText(title))}`,
    legend: [{ label, color: '#332288' }],
    background: 'rgb(255, 255, 255)',
    color: 'rgb(27, 31, 36)',
    fontFamily: 'system-ui',
  });

  it('is well-formed XML and can be drawn into a PNG, whatever the data holds', () => {
    fc.assert(
      fc.property(hostileText(), hostileText(), hostileText(), (title, label, tick) => {
        const { svg } = standaloneSvg(picture(title, label, tick), 2);
        expect(parsesAsXml(svg)).toBe(true);
        // The PNG is drawn from this address: a lone surrogate would make it throw.
        const url = svgDataUrl(svg);
        expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(svg);
      }),
      propertyRuns(200),
    );
  });

  it('keeps the rest of the text', () => {
    const { svg } = standaloneSvg(
      picture('R&D\u0001 <AI>\uD800', 'Chips\u0000', 'Council\u001F 2'),
    );
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(document.querySelectorAll('text'), (text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['R&D <AI>\uFFFD', 'Chips', 'Council 2']));
  });
});
