// The scripts a built chunk imports statically, all the way down: the browser finds them only once
// it has the chunk, one round trip after another, unless they are requested beside it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `import … from "./x.js"` and `import "./x.js"` as Vite writes them; not `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:from|import)\s*["']\.\/([^"']+\.js)["']/g;

/** The file names a chunk's text imports from its own folder. */
export function importsOf(text: string): string[] {
  return [...new Set([...text.matchAll(STATIC_IMPORT)].map((match) => match[1]!))];
}

/** Every chunk `file` (in `dir`) needs before it runs, itself excluded, in the order found. */
export function staticImportsOf(
  dir: string,
  file: string,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): string[] {
  const found = new Set<string>([file]);
  const queue = [file];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const imported of importsOf(read(join(dir, next)))) {
      if (found.has(imported)) continue;
      found.add(imported);
      queue.push(imported);
    }
  }
  found.delete(file);
  return [...found];
}
