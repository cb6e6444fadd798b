// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { standaloneSvg, textWidth, wrapText, type ChartPicture } from './standalone-svg';

const picture: ChartPicture = {
  chart:
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300"><rect x="10" y="10" width="50" height="80" fill="#332288"/></svg>',
  width: 600,
  height: 300,
  title: 'Commitments per meeting, by domain',
  subtitle: 'Commitments on R&D <and> “AI”',
  source:
    'Source: EU–Japan Digital Partnership tracker, dataset v1.0.0, https://tracker.example/?domains=ai&q=a',
  legend: [
    { label: 'Semiconductors', color: '#332288' },
    { label: 'Artificial intelligence', color: '#CC6677' },
  ],
  background: 'rgb(255, 255, 255)',
  color: 'rgb(27, 31, 36)',
  fontFamily: 'system-ui, "Noto Sans JP", sans-serif',
};

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

const texts = (document: Document) =>
  Array.from(document.documentElement.children)
    .filter((element) => element.tagName === 'text' || element.tagName === 'g')
    .flatMap((element) =>
      element.tagName === 'text'
        ? [element.textContent]
        : Array.from(element.querySelectorAll(':scope > text'), (t) => t.textContent),
    );

describe('standaloneSvg', () => {
  it('is an XML document with the namespace, a size, a view box and a background', () => {
    const { svg, width, height } = standaloneSvg(picture);
    expect(
      svg.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"',
      ),
    ).toBe(true);
    const root = parse(svg).documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([width, height]).toEqual([632, Number(root.getAttribute('height'))]);
    expect(root.getAttribute('width')).toBe('632');
    expect(root.getAttribute('viewBox')).toBe(`0 0 632 ${height}`);
    expect(height).toBeGreaterThan(300 + 22 + 17 + 20 + 15);
    const background = root.querySelector(':scope > rect')!;
    expect([background.getAttribute('width'), background.getAttribute('fill')]).toEqual([
      '632',
      'rgb(255, 255, 255)',
    ]);
    expect(root.getAttribute('font-family')).toBe(picture.fontFamily);
  });

  it('draws the title above the chart and the legend and source line below it, escaped', () => {
    const document = parse(standaloneSvg(picture).svg);
    expect(texts(document)).toEqual([
      'Commitments per meeting, by domain',
      'Commitments on R&D <and> “AI”',
      'Semiconductors',
      'Artificial intelligence',
      // The source line is wider than the chart: it goes on at the address.
      'Source: EU–Japan Digital Partnership tracker, dataset v1.0.0,',
      'https://tracker.example/?domains=ai&q=a',
    ]);
    const y = (text: string) =>
      Number(
        Array.from(document.querySelectorAll('text'))
          .find((t) => t.textContent === text)!
          .getAttribute('y'),
      );
    const chart = document.querySelector('g[transform] > svg')!;
    const chartTop = Number(
      /translate\(\d+ (\d+)\)/.exec(chart.parentElement!.getAttribute('transform')!)![1],
    );
    expect(y(picture.title)).toBeLessThan(chartTop);
    expect(y('Semiconductors')).toBeGreaterThan(chartTop + 300);
    expect(y('https://tracker.example/?domains=ai&q=a')).toBeGreaterThan(y('Semiconductors'));
    expect(document.querySelector('title')?.textContent).toBe(picture.title);
    expect(
      Array.from(document.querySelectorAll('g > rect'), (r) => r.getAttribute('fill')),
    ).toEqual(['#332288', '#CC6677']);
  });

  it('embeds the chart drawing unchanged', () => {
    const document = parse(standaloneSvg(picture).svg);
    const chart = document.querySelector('g[transform] > svg')!;
    expect(chart.getAttribute('viewBox')).toBe('0 0 600 300');
    expect(chart.querySelector('rect')?.getAttribute('fill')).toBe('#332288');
  });

  it('scales the picture for PNG without moving anything', () => {
    const once = standaloneSvg(picture);
    const twice = standaloneSvg(picture, 2);
    expect([twice.width, twice.height]).toEqual([once.width * 2, once.height * 2]);
    const root = parse(twice.svg).documentElement;
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${once.width} ${once.height}`);
  });

  it('wraps a long source line and keeps a narrow chart readable', () => {
    const narrow = standaloneSvg({
      ...picture,
      width: 200,
      legend: [],
      source: `Source: tracker, https://tracker.example/?q=${'x'.repeat(300)}`,
    });
    const root = parse(narrow.svg).documentElement;
    expect(narrow.width).toBe(512);
    const lines = Array.from(root.querySelectorAll(':scope > text'), (t) => t.textContent).slice(2);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(`Source: tracker,https://tracker.example/?q=${'x'.repeat(300)}`);
  });
});

describe('wrapText', () => {
  it.each([
    ['short', 100, ['short']],
    ['one two three four', 60, ['one two', 'three four']],
    ['abcdefghijk', 30, ['abcde', 'fghij', 'k']],
    ['半導体に関する合意事項', 50, ['半導体に関', 'する合意事', '項']],
    // Japanese goes on to the end of the line, where Latin text would break at the space.
    ['第3回(東京 2025)における量子', 100, ['第3回(東京 2025)に', 'おける量子']],
    ['one twothreefourfive', 60, ['one', 'twothreefo', 'urfive']],
  ])('%j in %i px', (text, width, lines) => {
    expect(wrapText(text, width, 10)).toEqual(lines);
  });

  it('counts ideographs as wider than Latin letters', () => {
    expect(textWidth('半導体', 10)).toBeGreaterThan(textWidth('abc', 10));
  });
});
