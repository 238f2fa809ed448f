import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};
/** Text and JavaScript: what a typical static host gzips (Pagefind's own index files are already compressed). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** One response as the server sent it: wall-clock times (ms since the epoch, the browser's clock too) and bytes on the wire. */
export interface Served {
  path: string;
  start: number;
  end: number;
  bytes: number;
}

export interface StaticServerOptions {
  /** Gzip text and JavaScript when the client accepts it, like a typical host (the benchmark's byte counts). */
  gzip?: boolean;
  /** Every response is appended here with the bytes written to the socket, headers included (the benchmark). */
  log?: Served[];
}

/** Serves a built site from `root` on a free loopback port, like a static host would. */
export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const compressed = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    const start = Date.now();
    const before = request.socket.bytesWritten;
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    // The end is when the response is handed to the socket; 'finish' can fire late when this process is busy.
    let end = 0;
    if (options.log) {
      const log = options.log;
      response.on('finish', () => log.push({ path: pathname, start, end: end || Date.now(), bytes: request.socket.bytesWritten - before }));
    }
    let path = normalize(join(root, pathname));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>404</title>');
      return;
    }
    const extension = extname(path);
    const type = TYPES[extension] ?? 'application/octet-stream';
    if (options.gzip && COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let body = compressed.get(path);
      if (!body) compressed.set(path, (body = gzipSync(readFileSync(path), { level: 9 })));
      response
        .writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': String(body.length), 'cache-control': 'no-cache' })
        .end(body);
      end = Date.now();
      return;
    }
    if (options.log) {
      // Whole files, so the end time is when the body was handed over, as for the gzipped ones.
      const body = readFileSync(path);
      response.writeHead(200, { 'content-type': type, 'content-length': String(body.length), 'cache-control': 'no-cache' }).end(body);
      end = Date.now();
      return;
    }
    response.writeHead(200, { 'content-type': type });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
