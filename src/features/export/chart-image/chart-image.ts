// Loaded when a reader downloads a chart.
import {
  backgroundBehind,
  copyWithResolvedStyles,
  drawnChart,
  readLegend,
  type StyleOf,
} from './copy-chart';
import { standaloneSvg, type StandaloneSvg } from './standalone-svg';
import { wellFormedText } from './well-formed';

export interface ChartTexts {
  title: string;
  subtitle: string;
  source: string;
}

const computedStyle: StyleOf = (element) => window.getComputedStyle(element);

/**
 * The chart drawn in `container` as a standalone SVG document, with its title, legend and source;
 * null while the chart is not drawn.
 */
export function chartSvg(
  container: Element,
  texts: ChartTexts,
  scale = 1,
  styleOf: StyleOf = computedStyle,
): StandaloneSvg | null {
  const svg = drawnChart(container);
  if (!svg) return null;
  const copy = copyWithResolvedStyles(svg, styleOf);
  const page = styleOf(container);
  const color = page.getPropertyValue('color').trim() || '#000000';
  return standaloneSvg(
    {
      ...texts,
      chart: new XMLSerializer().serializeToString(copy),
      width: Number(copy.getAttribute('width')),
      height: Number(copy.getAttribute('height')),
      legend: readLegend(container).map((item) => ({
        ...item,
        color: /currentcolor/i.test(item.color) ? color : item.color,
      })),
      background: backgroundBehind(container, styleOf),
      color,
      fontFamily: page.getPropertyValue('font-family').trim() || 'sans-serif',
    },
    scale,
  );
}

/**
 * The SVG document as a data: URL, the image a PNG is drawn from. A lone surrogate would make
 * encodeURIComponent throw (and the PNG fail): it becomes U+FFFD first.
 */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(wellFormedText(svg))}`;
}

/**
 * An SVG document drawn into a PNG. The image is loaded from a data: URL, which the
 * Content-Security-Policy allows for images (img-src 'self' data:), and drawn at the size the
 * document states (the caller scales it up for sharpness).
 */
export async function svgToPng({ svg, width, height }: StandaloneSvg): Promise<Blob> {
  const image = new Image(width, height);
  image.src = svgDataUrl(svg);
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width);
  canvas.height = Math.round(height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas here.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG.'))),
      'image/png',
    ),
  );
}
