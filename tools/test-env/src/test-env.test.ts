// The test tiers' setup: reuse a Neo4j that answers without starting or stopping anything, refuse a remote one
// that does not, and fail at once with the install command when Chromium is missing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { ensureChromium, ensureNeo4j, stopStartedNeo4j } from '../test-env.mjs';

describe('ensureChromium', () => {
  it('returns the browser path when it is executable', () => {
    expect(ensureChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('fails with the one command that installs Chromium', () => {
    expect(() => ensureChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
      /Chromium at \/nonexistent\/chromium[\s\S]*sudo apt-get install chromium/,
    );
  });
});

describe('ensureNeo4j', () => {
  // Answers the Bolt handshake with version 5.8, which is all the readiness probe asks of a server.
  let bolt: Server;
  let port = 0;
  beforeAll(async () => {
    bolt = createServer((socket) => {
      socket.once('data', () => socket.end(Buffer.from([0, 0, 8, 5])));
      socket.on('error', () => socket.destroy());
    });
    await new Promise<void>((resolve) => bolt.listen(0, '127.0.0.1', resolve));
    port = (bolt.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => bolt.close(() => resolve())));

  it('uses a server that already answers, and the teardown leaves it alone', async () => {
    await expect(ensureNeo4j({ NEO4J_URI: `neo4j://127.0.0.1:${port}` })).resolves.toBe('running');
    expect(stopStartedNeo4j({ NEO4J_URI: `neo4j://127.0.0.1:${port}` })).toBe('not ours');
  });

  it('does not try to start a server on another host', async () => {
    await expect(ensureNeo4j({ NEO4J_URI: 'neo4j://neo4j.invalid:7687' })).rejects.toThrow(
      /no Neo4j answers at neo4j:\/\/neo4j\.invalid:7687.*cannot be started from here/,
    );
  });
});
