// An import cycle between modules of the project, type-only imports included (eslint-plugin-import-x's
// no-cycle skips those). The graph of the files on disk is read with TypeScript's import scanner and
// kept while a file is unchanged; the file being linted contributes the imports of its current text.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx'];
const cache = new Map(); // file -> { mtimeMs, imports: string[] }

function resolveRelative(fromFile, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOnDisk(file) {
  let mtimeMs;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const known = cache.get(file);
  if (known && known.mtimeMs === mtimeMs) return known.imports;
  const text = fs.readFileSync(file, 'utf8');
  const { importedFiles } = ts.preProcessFile(text, true, true);
  const imports = importedFiles
    .map((imported) => resolveRelative(file, imported.fileName))
    .filter((resolved) => resolved !== null);
  cache.set(file, { mtimeMs, imports });
  return imports;
}

/** The route from `start` back to `goal` over the files on disk, or null. */
function routeBack(start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOnDisk(file)) {
      if (next === goal) {
        const route = [file];
        for (let at = previous.get(file); at !== null; at = previous.get(at)) route.unshift(at);
        return route;
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{route}}.' },
  },
  create(context) {
    const filename = context.physicalFilename;
    if (!path.isAbsolute(filename)) return {};
    const root = context.cwd;
    const check = (node) => {
      const source = node.source;
      if (!source || typeof source.value !== 'string') return;
      const target = resolveRelative(filename, source.value);
      if (!target || target === filename) return;
      const route = routeBack(target, filename);
      if (!route) return;
      context.report({
        node: source,
        messageId: 'cycle',
        data: {
          route: [filename, ...route, filename]
            .map((file) => path.relative(root, file))
            .join(' → '),
        },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      TSImportType(node) {
        const argument = node.argument;
        const literal = argument?.type === 'TSLiteralType' ? argument.literal : argument;
        if (literal?.type === 'Literal') check({ source: literal });
      },
    };
  },
};
