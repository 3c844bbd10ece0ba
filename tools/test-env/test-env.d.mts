// Types for the parts of test-env.mjs that TypeScript tests import.
type Env = Record<string, string | undefined>;
export function ensureNeo4j(env: Env): Promise<'running' | 'started'>;
export function stopStartedNeo4j(env: Env): 'stopped' | 'not ours';
export function ensureChromium(env: Env): string;
