// Types for the parts of local-neo4j.mjs that TypeScript tests import.
export function sizeBytes(text: string): number;
export function directoryBytes(dir: string): number;
export function storeWarning(settings: { dataDir: string; pageCache: string }): string | null;
