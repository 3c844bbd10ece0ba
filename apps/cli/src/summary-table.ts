// Plain-text tables for summaries, stats and query results (no colours, so logs stay readable).

/**
 * Renders rows under a header with columns padded to their widest cell.
 * @example renderTable(['a', 'b'], [[1, 2]]) // 'a  b\n─  ─\n1  2'
 */
export function renderTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [
    header.map(String),
    ...rows.map((r) => r.map((c) => (typeof c === 'string' ? c : (JSON.stringify(c) ?? '')))),
  ];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length))
      .join('  ')
      .trimEnd();
  return [line(cells[0] as string[]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}
