import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The colour tokens of the stylesheets, each a light-dark(light, dark) pair, checked against the
// WCAG AA contrast minimums in both themes; and every colour named anywhere else, in any
// stylesheet or in code, found and justified.
const SRC = resolve(__dirname, '../..');

function filesUnder(folder: string, keep: (name: string) => boolean): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

const stylesheets = filesUnder(SRC, (name) => name.endsWith('.css'));
const stylesheet = stylesheets.map((path) => readFileSync(path, 'utf8')).join('\n');
const codeFiles = filesUnder(
  SRC,
  (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name),
).filter((path) => !relative(SRC, path).startsWith('testing'));

/**
 * Colours written in code, each with its reason. Anything else in code must take its colour from
 * a stylesheet token (or from the dataset, as domains do).
 */
const COLOURS_IN_CODE: Record<string, string> = {
  'features/export/chart-image/chart-image.ts #000000':
    'ink of a downloaded picture when the page gives none: pictures are drawn on white',
  'features/export/chart-image/copy-chart.ts #ffffff':
    'background of a downloaded picture when nothing behind the chart has one',
  'features/compare/DomainComparison.tsx #88CCEE':
    "meeting A's bars: Paul Tol's colour-blind-safe pair, the same in both themes, outlined by --bar-outline",
  'features/compare/DomainComparison.tsx #332288':
    "meeting B's bars: Paul Tol's colour-blind-safe pair, the same in both themes, outlined by --bar-outline",
};

type Palette = Record<string, string>;
const light: Palette = {};
const dark: Palette = {};
for (const [, name, lightValue, darkValue] of stylesheet.matchAll(
  /--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi,
)) {
  light[name!] = lightValue!;
  dark[name!] = darkValue!;
}

/** WCAG 2 relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const TEXT = 4.5;
const GRAPHIC = 3;
const PAGE = ['surface', 'canvas'];
const BOXES = ['error-surface', 'notice-surface', 'banner-surface'];

// [foreground, backgrounds, minimum]
const PAIRS: [string, string[], number][] = [
  ['ink', [...PAGE, ...BOXES, 'heat-1', 'heat-2'], TEXT],
  ['muted', [...PAGE, ...BOXES, 'heat-1'], TEXT],
  ['accent', [...PAGE, ...BOXES], TEXT],
  ['official', PAGE, TEXT],
  ['reported', PAGE, TEXT],
  ['unverified', PAGE, TEXT],
  ['disputed', [...PAGE, 'error-surface'], TEXT],
  ['on-accent', ['accent'], TEXT],
  ['on-heat-strong', ['heat-3', 'heat-4'], TEXT],
  // Focus outlines, button and field borders, bar outlines, chart points.
  ['accent', PAGE, GRAPHIC],
  ['muted', PAGE, GRAPHIC],
  ['bar-outline', PAGE, GRAPHIC],
  ['disputed', PAGE, GRAPHIC],
];

describe('the colour palette', () => {
  it('computes contrast the way WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#777777', '#777777')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('has a light and a dark value for every token checked', () => {
    const names = new Set(PAIRS.flatMap(([fg, bgs]) => [fg, ...bgs]));
    for (const name of names) {
      expect(light[name], name).toMatch(/^#/);
      expect(dark[name], name).toMatch(/^#/);
    }
  });

  for (const [theme, palette] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    for (const [fg, backgrounds, minimum] of PAIRS) {
      for (const bg of backgrounds) {
        it(`${theme}: ${fg} on ${bg} reaches ${minimum}:1`, () => {
          expect(contrast(palette[fg]!, palette[bg]!)).toBeGreaterThanOrEqual(minimum);
        });
      }
    }
  }

  it('reads every stylesheet under src', () => {
    expect(stylesheets.map((path) => relative(SRC, path)).sort()).toEqual(
      expect.arrayContaining(['styles.css']),
    );
    expect(stylesheets.length).toBeGreaterThan(1);
  });

  it('finds every colour named in code, and each has its reason', () => {
    const found = codeFiles.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/['"`](#[0-9a-fA-F]{3,8})\b/g)].map(
        (match) => `${relative(SRC, path)} ${match[1]}`,
      ),
    );
    expect(found.sort()).toEqual(Object.keys(COLOURS_IN_CODE).sort());
  });

  it('names colours only in token declarations, so both themes cover every rule', () => {
    const stray = stylesheet
      .split('\n')
      .filter((line) => /#[0-9a-f]{3,8}\b|rgba?\(/i.test(line))
      .filter((line) => !/^\s*--[\w-]+:/.test(line));
    expect(stray).toEqual([]);
  });
});
