// What the page downloads, read back as a reader's program would.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';

/** Clicks the button named `name` and waits for the file it downloads. */
export async function download(page: Page, name: string | RegExp): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: typeof name === 'string' }).click(),
  ]);
  return file;
}

/** The downloaded file's suggested name and its text. */
export async function downloadText(page: Page, name: string | RegExp) {
  const file = await download(page, name);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

/** Reads an exported CSV as a script would: the header is the first line. */
export function readCsv(text: string) {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
}

/** The metadata file that goes with the CSV. */
export async function csvMetadata(page: Page, name: string | RegExp) {
  return JSON.parse((await downloadText(page, name)).text).meta;
}

/** The reader's date, YYYY-MM-DD, as files and citations write it. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
