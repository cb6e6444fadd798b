import { escapeXml } from '../../../ui/escape-xml';
import { textWidthEm, WIDE_CHARACTER } from '../../../i18n/wrap-label';
import { wellFormedXml } from './well-formed';

export interface LegendItem {
  label: string;
  color: string;
}

export interface ChartPicture {
  /** The chart's own <svg> element, serialised, with every colour and font written into it. */
  chart: string;
  width: number;
  height: number;
  title: string;
  /** What the chart shows: the view's filters, in words. */
  subtitle: string;
  /** "Source: …": the dataset, its version and the address of the view. */
  source: string;
  /** The chart's legend, which the page draws outside the chart's <svg>. */
  legend: readonly LegendItem[];
  background: string;
  color: string;
  fontFamily: string;
}

export interface StandaloneSvg {
  svg: string;
  width: number;
  height: number;
}

const PADDING = 16;
const MIN_CONTENT_WIDTH = 480;
const TITLE = { size: 16, line: 22 };
const SUBTITLE = { size: 12, line: 17 };
const LEGEND = { size: 12, line: 20, swatch: 10, gap: 6, spacing: 16 };
const SOURCE = { size: 11, line: 15 };

/**
 * An estimate of a text's drawn width: no font can be measured where the file is made, so Latin
 * characters count six tenths of an em, a little more than on screen.
 */
export function textWidth(text: string, fontSize: number): number {
  return textWidthEm(text, 0.6) * fontSize;
}

/**
 * Breaks a text into lines no wider than `maxWidth`: Latin text at spaces where it can, inside a
 * word (an address) where it must; Japanese, which has no spaces, between any two characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  for (const word of text.split(/(?<= )/u)) {
    if (textWidth(line + word, fontSize) <= maxWidth) {
      line += word;
      continue;
    }
    if (!WIDE_CHARACTER.test(word)) push();
    for (const char of word) {
      if (textWidth(line + char, fontSize) > maxWidth) push();
      line += char;
    }
  }
  push();
  return lines;
}

function textLines(
  lines: readonly string[],
  x: number,
  top: number,
  font: { size: number; line: number },
  attributes: string,
): string {
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${top + index * font.line + font.size}" font-size="${font.size}" ${attributes}>${escapeXml(line)}</text>`,
    )
    .join('\n');
}

/** Places the legend's items in rows that fit the width; returns the markup and its height. */
function legendMarkup(
  legend: readonly LegendItem[],
  left: number,
  top: number,
  maxWidth: number,
  color: string,
): { markup: string; height: number } {
  if (legend.length === 0) return { markup: '', height: 0 };
  const items: string[] = [];
  let x = 0;
  let row = 0;
  for (const item of legend) {
    const width =
      LEGEND.swatch + LEGEND.gap + Math.min(textWidth(item.label, LEGEND.size), maxWidth);
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      row += 1;
    }
    const y = top + row * LEGEND.line;
    items.push(
      `<rect x="${left + x}" y="${y + 3}" width="${LEGEND.swatch}" height="${LEGEND.swatch}" fill="${escapeXml(item.color)}"/>` +
        `<text x="${left + x + LEGEND.swatch + LEGEND.gap}" y="${y + LEGEND.size}" font-size="${LEGEND.size}" fill="${escapeXml(color)}">${escapeXml(item.label)}</text>`,
    );
    x += width + LEGEND.spacing;
  }
  return { markup: `<g>\n${items.join('\n')}\n</g>`, height: (row + 1) * LEGEND.line };
}

/**
 * A chart as a file of its own: the chart's drawing with its title above, its legend and a source
 * line below, on a background, sized and with the SVG namespace, so it shows the same in any
 * viewer with no stylesheet. `scale` enlarges the drawing without moving anything (for PNG).
 */
export function standaloneSvg(picture: ChartPicture, scale = 1): StandaloneSvg {
  const contentWidth = Math.max(Math.ceil(picture.width), MIN_CONTENT_WIDTH);
  const width = contentWidth + 2 * PADDING;
  const color = escapeXml(picture.color);
  const parts: string[] = [];
  let y = PADDING;

  const title = wrapText(picture.title, contentWidth, TITLE.size);
  parts.push(textLines(title, PADDING, y, TITLE, `font-weight="bold" fill="${color}"`));
  y += title.length * TITLE.line;
  if (picture.subtitle) {
    const subtitle = wrapText(picture.subtitle, contentWidth, SUBTITLE.size);
    parts.push(textLines(subtitle, PADDING, y, SUBTITLE, `fill="${color}"`));
    y += subtitle.length * SUBTITLE.line;
  }
  y += 8;

  const chartLeft = PADDING + Math.floor((contentWidth - picture.width) / 2);
  parts.push(`<g transform="translate(${chartLeft} ${y})">\n${picture.chart}\n</g>`);
  y += Math.ceil(picture.height) + 8;

  const legend = legendMarkup(picture.legend, PADDING, y, contentWidth, picture.color);
  if (legend.height > 0) {
    parts.push(legend.markup);
    y += legend.height + 8;
  }

  const source = wrapText(picture.source, contentWidth, SOURCE.size);
  parts.push(textLines(source, PADDING, y, SOURCE, `fill="${color}" fill-opacity="0.8"`));
  y += source.length * SOURCE.line;

  const height = y + PADDING;
  // The chart's own drawing is serialised by the browser, which writes control characters from the
  // data as they are: the whole document is made well-formed XML once, at the end.
  const svg = wellFormedXml(
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(picture.fontFamily)}">`,
      `<title>${escapeXml(picture.title)}</title>`,
      `<rect width="${width}" height="${height}" fill="${escapeXml(picture.background)}"/>`,
      ...parts,
      '</svg>',
      '',
    ].join('\n'),
  );
  return { svg, width: width * scale, height: height * scale };
}
