/** A piece of the dataset's prose: text as written, or the id of a commitment it refers to. */
export type ProsePart = { text: string } | { commitment: string };

// A run of ASCII letters and digits joined by single hyphens, taken whole: an id is only ever
// found as a whole run, so "x-dpc1-memo" or "dpc1-memo-2" never shows a link to "dpc1-memo".
// Runs are ASCII only because Japanese prose may set an id against its letters with no space.
const RUN = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;

/**
 * `text` cut into the text as written and the commitments it names by id, such as "(see
 * dpc2-semiconductor-expert-team)", so that each can be shown by its title. Only a run that is
 * the id of a known commitment counts, and only one with a hyphen: an id of one word cannot be
 * told from a word of the sentence. The text parts, with each id put back, are `text` exactly.
 */
export function proseReferences(text: string, known: { has(id: string): boolean }): ProsePart[] {
  const parts: ProsePart[] = [];
  let done = 0;
  for (const run of text.matchAll(RUN)) {
    const id = run[0];
    if (!id.includes('-') || !known.has(id)) continue;
    if (run.index > done) parts.push({ text: text.slice(done, run.index) });
    parts.push({ commitment: id });
    done = run.index + id.length;
  }
  if (done < text.length) parts.push({ text: text.slice(done) });
  return parts;
}
