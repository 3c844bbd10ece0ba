// A real HTTP server on 127.0.0.1 serving fixed bodies, so feed and URL tests never leave the machine.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves `routes[path] = { type, body }`; anything else is 404. */
export async function serveFixtures(
  routes: Record<string, { type: string; body: string; status?: number }>,
): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes[req.url ?? ''];
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
