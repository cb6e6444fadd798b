// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hostileText, parsesAsXml } from '../../../testing/hostile-text';
import { propertyRuns } from '../../../testing/property-runs';
import { chartSvg, svgToPng } from './chart-image';
import type { StyleOf } from './copy-chart';

const noStyles: StyleOf = () => ({ getPropertyValue: () => '' });

/** A drawn chart whose tick and legend texts come from the data, as recharts draws them. */
function chartWith(tick: string, label: string): HTMLElement {
  const container = document.createElement('figure');
  container.innerHTML = `
    <div class="recharts-wrapper">
      <div class="recharts-legend-wrapper"><ul><li class="recharts-legend-item">
        <svg class="swatch"><circle fill="#332288"/></svg> <span class="legend-label"></span>
      </li></ul></div>
      <svg class="recharts-surface" width="400" height="200"><text id="tick" x="0" y="10"></text></svg>
    </div>`;
  container.querySelector('#tick')!.textContent = tick;
  container.querySelector('.legend-label')!.textContent = label;
  document.body.replaceChildren(container);
  return container;
}

/** Records what the PNG is drawn from: the image's address, and what is drawn on the canvas. */
function recordDrawing() {
  const sources: string[] = [];
  vi.stubGlobal(
    'Image',
    class {
      src = '';
      constructor(
        public width: number,
        public height: number,
      ) {}
      decode() {
        sources.push(this.src);
        return Promise.resolve();
      }
    },
  );
  const drawImage = vi.fn();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
    drawImage,
  } as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) =>
    done(new Blob(['png'], { type: 'image/png' })),
  );
  return { sources, drawImage };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a chart with hostile text in its data', () => {
  it('downloads as well-formed SVG and draws into a PNG', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(), hostileText(), hostileText(), async (tick, label, title) => {
        const texts = { title, subtitle: label, source: `Source: ${tick}` };
        const svg = chartSvg(chartWith(tick, label), texts, 1, noStyles)!;
        expect(parsesAsXml(svg.svg)).toBe(true);

        const { sources, drawImage } = recordDrawing();
        const png = await svgToPng(chartSvg(chartWith(tick, label), texts, 2, noStyles)!);
        expect(png.type).toBe('image/png');
        expect(drawImage).toHaveBeenCalledTimes(1);
        // What the canvas draws is the same well-formed document.
        const [source] = sources;
        expect(source).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
        expect(parsesAsXml(decodeURIComponent(source!.slice(source!.indexOf(',') + 1)))).toBe(true);
        vi.restoreAllMocks();
      }),
      propertyRuns(60),
    );
  });
});
