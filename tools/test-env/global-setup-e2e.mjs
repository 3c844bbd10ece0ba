// Jest globalSetup of the e2e tier: Chromium is checked first (a missing browser fails the run at once), then Neo4j.
import { ensureChromium, ensureNeo4j } from './test-env.mjs';

export default async function globalSetup() {
  ensureChromium(process.env);
  await ensureNeo4j(process.env);
}
