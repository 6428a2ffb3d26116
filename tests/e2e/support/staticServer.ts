/**
 * A plain static file server, as a static host is: files are read from disk on every
 * request (a redeploy shows at once), and a path with no file gets `404.html` with
 * status 404, the way GitHub Pages, Netlify or Cloudflare Pages answer. It proves
 * the build's host-agnostic deep-link fallback without any server-side rewrite.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticHost {
  url: string;
  close: () => Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticHost> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const send = (status: number, body: Buffer, name: string): void => {
      response.writeHead(status, {
        'Content-Type': TYPES[path.extname(name)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    };
    readFile(file).then(
      (body) => {
        send(200, body, file);
      },
      () =>
        readFile(path.join(root, '404.html')).then(
          (body) => {
            send(404, body, '404.html');
          },
          () => {
            response.writeHead(404).end('Not found');
          },
        ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address: string | AddressInfo | null = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}
