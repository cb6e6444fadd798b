import { localIsoDate } from '../../i18n/format';

/** What a printed page says about itself: the address of the view and the day it was printed. */
export interface PrintStamp {
  url: string;
  /** The local calendar day, YYYY-MM-DD. */
  date: string;
}

export function printStamp(url: string, now: Date): PrintStamp {
  return { url, date: localIsoDate(now) };
}
