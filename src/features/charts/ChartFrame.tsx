import { Suspense, type ReactNode } from 'react';
import { useNearViewport } from '../../ui/use-near-viewport';
import { useLanguage } from '../../i18n/use-language';
import { MESSAGES } from './messages';

/**
 * The fixed-size box a chart is drawn in. The drawing (recharts, most of the script weight) loads
 * only when the box comes near the screen, and the box keeps its size meanwhile, so nothing moves
 * when it arrives.
 */
export function ChartFrame({ children, short = false }: { children: ReactNode; short?: boolean }) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const t = MESSAGES[useLanguage()];
  return (
    <div ref={ref} className={short ? 'chart-frame chart-frame-short' : 'chart-frame'}>
      {near && (
        <Suspense fallback={<p className="chart-loading">{t.drawing}</p>}>{children}</Suspense>
      )}
    </div>
  );
}
