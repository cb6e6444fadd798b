import type { LegendItem } from './standalone-svg';

/** Where computed styles come from: the browser's getComputedStyle, or a stand-in in tests. */
export type StyleOf = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

// Properties an SVG element takes from its parent unless it sets its own.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** The chart's drawing: recharts' <svg> (its legend and tooltip are HTML beside it). */
export function drawnChart(container: Element): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
}

/** The chart's legend as the page shows it: each series' name and colour. */
export function readLegend(container: Element): LegendItem[] {
  return Array.from(container.querySelectorAll('.recharts-legend-item'), (item) => ({
    label: item.querySelector('.legend-label')?.textContent?.trim() ?? '',
    color: item.querySelector('.swatch [fill]')?.getAttribute('fill') ?? 'currentColor',
  })).filter((item) => item.label !== '');
}

/**
 * A copy of a drawn <svg> that looks the same with no stylesheet: every colour, stroke and font
 * that CSS decides (currentColor, CSS variables, class rules) is written into presentation
 * attributes, from the values the browser computed, and style attributes are dropped. Inherited
 * properties are written only where they change, which keeps the file small.
 */
export function copyWithResolvedStyles(svg: SVGSVGElement, styleOf: StyleOf): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  const computed = new Map<Element, Pick<CSSStyleDeclaration, 'getPropertyValue'>>();
  const style = (element: Element) => {
    let found = computed.get(element);
    if (!found) computed.set(element, (found = styleOf(element)));
    return found;
  };
  const value = (element: Element, name: string) => {
    const raw = style(element).getPropertyValue(name).trim();
    return /currentcolor/i.test(raw) ? style(element).getPropertyValue('color').trim() : raw;
  };

  originals.forEach((original, index) => {
    const target = copies[index]!;
    const parent = index === 0 ? null : original.parentElement;
    for (const name of INHERITED) {
      const own = value(original, name);
      if (!own) continue;
      const inherited = parent && !target.hasAttribute(name) && value(parent, name) === own;
      if (!inherited) target.setAttribute(name, own);
    }
    const opacity = value(original, 'opacity');
    if (opacity && opacity !== '1') target.setAttribute('opacity', opacity);
    if (value(original, 'display') === 'none') target.setAttribute('display', 'none');
    // Styles are now attributes; focus and roles belong to the page, not to a picture.
    for (const name of ['style', 'tabindex', 'role']) target.removeAttribute(name);
  });

  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || box.width;
  const height = (Number(svg.getAttribute('height')) || box.height) - legendSpace(svg);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return copy;
}

/**
 * The strip at the bottom of the drawing that recharts leaves empty for its legend, which it draws
 * over it in HTML. The picture draws the legend itself, below, so the strip is cut off.
 */
function legendSpace(svg: SVGSVGElement): number {
  const legend = svg.parentElement?.querySelector('.recharts-legend-wrapper');
  if (!legend) return 0;
  const chartBox = svg.getBoundingClientRect();
  const legendBox = legend.getBoundingClientRect();
  const overlap = chartBox.bottom - legendBox.top;
  return overlap > 0 && overlap < chartBox.height / 2 ? Math.floor(overlap) : 0;
}

/** The colour behind an element: its own background, or the nearest one behind it. */
export function backgroundBehind(element: Element, styleOf: StyleOf): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const background = styleOf(node).getPropertyValue('background-color').trim();
    if (background && background !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(background)) {
      return background;
    }
  }
  return '#ffffff';
}
