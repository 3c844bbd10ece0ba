// Jest globalTeardown of the integration and e2e tiers: stops the Neo4j their setup started, if it started one.
import { stopStartedNeo4j } from './test-env.mjs';

export default function globalTeardown() {
  stopStartedNeo4j(process.env);
}
