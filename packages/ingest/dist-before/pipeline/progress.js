/** @example emptyProgress().read // 0 */
export function emptyProgress() {
  return {
    inputs: 0,
    read: 0,
    skipped: 0,
    written: 0,
    failed: 0,
    sentences: 0,
    entities: 0,
    relations: 0,
    events: 0,
    tokens: 0,
    elapsedMs: 0,
  };
}
//# sourceMappingURL=progress.js.map
