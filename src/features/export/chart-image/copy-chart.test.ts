// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { chartSvg } from './chart-image';
import {
  backgroundBehind,
  copyWithResolvedStyles,
  drawnChart,
  readLegend,
  type StyleOf,
} from './copy-chart';

const NOT_INHERITED = new Set(['opacity', 'display', 'background-color']);

/**
 * Computed styles as a browser would give them, from rules per element id: inherited properties
 * come from the nearest ancestor that sets them.
 */
function stylesFrom(rules: Record<string, Record<string, string>>): StyleOf {
  return (element) => ({
    getPropertyValue: (name: string) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const value = rules[node.id]?.[name];
        if (value !== undefined) return value;
        if (NOT_INHERITED.has(name)) return '';
      }
      return '';
    },
  });
}

function mount(html: string): HTMLElement {
  const container = document.createElement('figure');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

const CHART = `
  <div class="recharts-wrapper" id="wrapper">
    <div class="recharts-legend-wrapper">
      <ul>
        <li class="recharts-legend-item"><svg class="swatch"><circle fill="#332288"/></svg> <span class="legend-label">Semiconductors</span></li>
        <li class="recharts-legend-item"><svg class="swatch"><circle fill="#CC6677"/></svg> <span class="legend-label">Artificial intelligence</span></li>
      </ul>
    </div>
    <svg id="chart" class="recharts-surface" width="400" height="200" viewBox="0 0 400 200" style="width: 100%" tabindex="0" role="application">
      <g id="axis"><text id="tick" fill="currentColor" x="10" y="10">Council 1</text><text id="plain" x="10" y="30">Council 2</text></g>
      <rect id="bar" fill="var(--bar)" style="opacity: 0.5" x="0" y="0" width="10" height="10"/>
      <line id="hidden" x1="0" x2="1" y1="0" y2="1"/>
    </svg>
  </div>`;

const RULES = {
  page: {
    color: 'rgb(27, 31, 36)',
    'font-family': 'system-ui',
    'background-color': 'rgba(0, 0, 0, 0)',
  },
  panel: { 'background-color': 'rgb(20, 20, 30)' },
  chart: { fill: 'rgb(0, 0, 0)', stroke: 'none', 'font-size': '16px', 'font-family': 'system-ui' },
  axis: { fill: 'rgb(87, 96, 106)', 'font-size': '11px' },
  tick: { fill: 'currentcolor', color: 'rgb(200, 0, 0)' },
  bar: { fill: 'rgb(51, 34, 136)', opacity: '0.5' },
  hidden: { display: 'none' },
};

describe('copyWithResolvedStyles', () => {
  const container = mount(CHART);
  const svg = drawnChart(container)!;
  const copy = copyWithResolvedStyles(svg, stylesFrom(RULES));
  const inCopy = (id: string) => (copy.id === id ? copy : copy.querySelector(`#${id}`)!);

  it('finds the chart’s own drawing, not a legend icon', () => {
    expect(svg.id).toBe('chart');
  });

  it.each([
    ['chart', 'fill', 'rgb(0, 0, 0)'],
    ['chart', 'font-size', '16px'],
    ['axis', 'fill', 'rgb(87, 96, 106)'],
    ['axis', 'font-size', '11px'],
    // currentColor becomes the colour it stood for.
    ['tick', 'fill', 'rgb(200, 0, 0)'],
    // A CSS variable becomes its value.
    ['bar', 'fill', 'rgb(51, 34, 136)'],
    ['bar', 'opacity', '0.5'],
    ['hidden', 'display', 'none'],
  ])('#%s gets %s="%s"', (id, name, value) => {
    expect(inCopy(id).getAttribute(name)).toBe(value);
  });

  it('writes inherited values only where they change', () => {
    expect(inCopy('plain').hasAttribute('fill')).toBe(false);
    expect(inCopy('plain').hasAttribute('font-size')).toBe(false);
    expect(inCopy('axis').hasAttribute('font-family')).toBe(false);
  });

  it('drops style, focus and role, keeps the size, and leaves the page’s chart alone', () => {
    expect(copy.querySelectorAll('[style], [tabindex], [role]')).toHaveLength(0);
    expect([copy.getAttribute('width'), copy.getAttribute('height')]).toEqual(['400', '200']);
    expect(copy.getAttribute('viewBox')).toBe('0 0 400 200');
    expect(svg.querySelector('#tick')?.getAttribute('fill')).toBe('currentColor');
    expect(svg.getAttribute('style')).toBe('width: 100%');
  });
});

describe('readLegend', () => {
  it('reads each series’ name and colour', () => {
    expect(readLegend(mount(CHART))).toEqual([
      { label: 'Semiconductors', color: '#332288' },
      { label: 'Artificial intelligence', color: '#CC6677' },
    ]);
  });

  it('is empty for a chart without a legend', () => {
    expect(readLegend(mount('<div class="recharts-wrapper"><svg></svg></div>'))).toEqual([]);
  });
});

describe('backgroundBehind', () => {
  it.each([
    [{ panel: { 'background-color': 'rgb(20, 20, 30)' } }, 'rgb(20, 20, 30)'],
    [{ panel: { 'background-color': 'transparent' } }, '#ffffff'],
  ])('%j → %s', (rules, expected) => {
    const panel = document.createElement('section');
    panel.id = 'panel';
    const container = mount(CHART);
    panel.append(container);
    document.body.append(panel);
    expect(backgroundBehind(container, stylesFrom({ ...RULES, ...rules }))).toBe(expected);
  });
});

describe('chartSvg', () => {
  it('builds the standalone document from the drawn chart', () => {
    const page = document.createElement('div');
    page.id = 'page';
    const panel = document.createElement('section');
    panel.id = 'panel';
    const container = mount(CHART);
    panel.append(container);
    page.append(panel);
    document.body.append(page);
    const texts = { title: 'A chart', subtitle: 'All commitments', source: 'Source: a tracker' };
    const image = chartSvg(container, texts, 1, stylesFrom(RULES))!;
    const parsed = new DOMParser().parseFromString(image.svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    const root = parsed.documentElement;
    expect(root.querySelector(':scope > rect')?.getAttribute('fill')).toBe('rgb(20, 20, 30)');
    expect(root.querySelector('#tick')?.getAttribute('fill')).toBe('rgb(200, 0, 0)');
    expect(image.svg).toContain('>A chart</text>');
    expect(image.svg).toContain('>Source: a tracker</text>');
    expect(image.svg).toContain('>Artificial intelligence</text>');
  });

  it('is null while the chart is not drawn', () => {
    const texts = { title: 'A chart', subtitle: '', source: 'Source' };
    expect(chartSvg(mount('<p>Drawing the chart…</p>'), texts)).toBeNull();
  });
});
