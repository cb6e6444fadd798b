import { useSyncExternalStore } from 'react';
import { isPrinting, subscribePrinting } from '../../ui/use-printing';
import { WithAddresses } from '../../ui/WithAddresses';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../data/vocabulary';
import { MESSAGES } from './messages';
import { printStamp, type PrintStamp } from './print-stamp';

let stamp: PrintStamp | undefined;
const stampNow = () => {
  stamp = printStamp(window.location.href, new Date());
};

// Taken again as printing starts, so it names the view being printed and the day it is printed.
function subscribe(listener: () => void) {
  return subscribePrinting(() => {
    if (isPrinting()) stampNow();
    listener();
  });
}

function currentStamp(): PrintStamp | undefined {
  if (!stamp) stampNow();
  return stamp;
}

/**
 * A line only paper shows: where the view can be found again and when it was printed. Absent from
 * the prerendered page (which knows neither), so the first render agrees with it.
 */
export function PrintLine({ lang }: { lang: Language }) {
  const current = useSyncExternalStore(subscribe, currentStamp, () => undefined);
  if (!current) return null;
  return (
    <p className="print-line">
      <WithAddresses text={MESSAGES[lang].printed(formatDate(current.date, lang), current.url)} />
    </p>
  );
}
