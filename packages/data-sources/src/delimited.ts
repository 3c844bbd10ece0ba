// The one CSV/TSV reader of the data build: RFC 4180 CSV (quoted fields, doubled quotes, separators and newlines inside
// quotes) and plain tab-separated lines.

/**
 * Rows of a CSV text, every field as written (no trimming); a final line without a newline is a row too.
 * @example parseCsv('a,"b ""c""",d\n') // [['a', 'b "c"', 'd']]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/**
 * The records of a CSV text with a header line, keyed by column name, values trimmed; lines holding a single field
 * (blank lines) are skipped.
 * @example csvRecords('iso,name\nTR, Turkey\n') // [{ iso: 'TR', name: 'Turkey' }]
 */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...body] = parseCsv(text);
  if (!header) return [];
  return body
    .filter((r) => r.length > 1)
    .map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
}

/**
 * The rows of a tab-separated text after its header line, split on tabs; empty lines are skipped.
 * @example tsvRows('id\tname\n1\tAnkara\n') // [['1', 'Ankara']]
 */
export function tsvRows(text: string): string[][] {
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}
