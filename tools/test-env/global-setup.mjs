// Jest globalSetup of the integration tier: a Neo4j answers at NEO4J_URI before the first test.
import { ensureNeo4j } from './test-env.mjs';

export default async function globalSetup() {
  await ensureNeo4j(process.env);
}
