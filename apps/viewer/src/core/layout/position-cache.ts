// Node positions cached in localStorage, so a reload (or a shared link opened again) keeps the picture.

const KEY = 'shabaka.positions.v1';
/** Enough for the overview plus expansions; larger graphs are laid out again rather than bloating storage. */
const MAX_ENTRIES = 20_000;

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

type Positions = Map<string, { x: number; y: number }>;

/**
 * Reads cached positions; a missing, corrupt or foreign entry gives an empty map.
 * @example const positions = loadPositions(localStorage)
 */
export function loadPositions(storage: KeyValueStorage | undefined): Positions {
  const positions: Positions = new Map();
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return positions;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return positions;
    for (const [id, value] of Object.entries(parsed)) {
      if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
        if (Number.isFinite(value[0]) && Number.isFinite(value[1])) positions.set(id, { x: value[0], y: value[1] });
      }
    }
  } catch {
    // Storage can be disabled or full of someone else's data; starting from a fresh layout is fine.
  }
  return positions;
}

/**
 * Writes positions, merged over what is cached (nodes collapsed away keep their place for next time).
 * @example savePositions(localStorage, graph.mapNodes((id, a) => [id, { x: a.x, y: a.y }]))
 */
export function savePositions(
  storage: KeyValueStorage | undefined,
  entries: Iterable<[string, { x: number; y: number }]>,
): void {
  if (!storage) return;
  const merged = loadPositions(storage);
  for (const [id, p] of entries) merged.set(id, p);
  const object: Record<string, [number, number]> = {};
  let count = 0;
  for (const [id, p] of [...merged].reverse()) {
    if (count++ >= MAX_ENTRIES) break;
    object[id] = [Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100];
  }
  try {
    storage.setItem(KEY, JSON.stringify(object));
  } catch {
    // Quota exceeded: the picture is just not cached.
  }
}
