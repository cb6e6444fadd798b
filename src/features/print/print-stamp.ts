/** What a printed page says about itself: the address of the view and the day it was printed. */
export interface PrintStamp {
  url: string;
  /** The local calendar day, YYYY-MM-DD. */
  date: string;
}

export function printStamp(url: string, now: Date): PrintStamp {
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    url,
    date: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
  };
}
