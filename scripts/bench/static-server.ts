// A small static server for the benchmark and the browser tests: serves dist/ gzipped with the
// app's security headers, like a static host would, can stand a generated dataset in for the
// bundled one, and can mount the site under a sub-path (/some/sub/path/) as many hosts do.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_SECURITY_POLICY } from '../content-security-policy';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** The site's address with its mount path, without the final slash: `${url}/` is the home page. */
  url: string;
  /** Serves this file at /data/partnership.json from now on (null: the bundled one). */
  useDataset: (file: string | null) => void;
  close: () => Promise<void>;
}

/** The path inside the site, or null when the request is outside the mount path. */
function sitePath(path: string, mount: string): string | null {
  if (mount === '/') return path;
  return path.startsWith(mount) ? path.slice(mount.length - 1) : null;
}

export async function startStaticServer(
  root: string,
  extraPages: Record<string, string> = {},
  { mount = '/' }: { mount?: string } = {},
) {
  let datasetFile: string | null = null;
  const cache = new Map<string, Buffer>();
  const gzipped = (key: string, body: Buffer) => {
    let zipped = cache.get(key);
    if (!zipped) {
      zipped = gzipSync(body);
      cache.set(key, zipped);
    }
    return zipped;
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    // Like most hosts, the mount path without its slash redirects to the folder.
    if (mount !== '/' && url.pathname === mount.slice(0, -1)) {
      response.writeHead(301, { Location: `${mount}${url.search}` }).end();
      return;
    }
    const path = sitePath(decodeURIComponent(url.pathname), mount);
    if (path === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    let body: Buffer;
    let file: string;
    if (extraPages[path] !== undefined) {
      body = Buffer.from(extraPages[path]!);
      file = path;
    } else {
      file =
        path === '/data/partnership.json' && datasetFile
          ? datasetFile
          : join(root, normalize(path === '/' ? '/index.html' : path));
      try {
        if (!statSync(file).isFile()) throw new Error('not a file');
        body = readFileSync(file);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-cache',
    };
    if (
      /gzip/.test(String(request.headers['accept-encoding'])) &&
      !type.startsWith('application/octet')
    ) {
      body = gzipped(`${file}:${body.length}`, body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${mount.slice(0, -1)}`,
    useDataset: (file: string | null) => {
      datasetFile = file;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } satisfies StaticServer;
}
