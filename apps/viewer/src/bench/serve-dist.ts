// A minimal static server for the built viewer on 127.0.0.1 (the bench needs no API, only the page).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `dir` on a random loopback port; unknown paths get index.html (the bench page is `/?bench=…`).
 * @example const { url, close } = await serveDist('apps/viewer/dist')
 */
export async function serveDist(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    readFile(file.startsWith(dir) ? file : join(dir, 'index.html'))
      .catch(() => readFile(join(dir, 'index.html')))
      .then((body) => {
        response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/html; charset=utf-8' });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(404).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
