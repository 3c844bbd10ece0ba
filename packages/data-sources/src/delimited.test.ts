// Unit tests of the CSV/TSV reader: quoting rules, CRLF, header records and TSV rows.
import { describe, expect, it } from '@jest/globals';
import { csvRecords, parseCsv, tsvRows } from './delimited.js';

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes, commas and newlines inside, and CRLF line ends', () => {
    expect(parseCsv('a,"b, ""c""\nd",e\r\nf,g')).toEqual([
      ['a', 'b, "c"\nd', 'e'],
      ['f', 'g'],
    ]);
  });

  it('keeps empty fields and does not invent a row after the final newline', () => {
    expect(parseCsv('a,,b\n')).toEqual([['a', '', 'b']]);
  });
});

describe('csvRecords', () => {
  it('keys each row by the header, trims values, fills missing columns and skips blank lines', () => {
    expect(csvRecords('iso,name,capital\nTR, Turkey ,Ankara\n\nSY,Syria\n')).toEqual([
      { iso: 'TR', name: 'Turkey', capital: 'Ankara' },
      { iso: 'SY', name: 'Syria', capital: '' },
    ]);
  });
});

describe('tsvRows', () => {
  it('skips the header and empty lines and keeps empty columns', () => {
    expect(tsvRows('id\tname\tar\n1\tAnkara\t\n\n2\tCairo\tالقاهرة\n')).toEqual([
      ['1', 'Ankara', ''],
      ['2', 'Cairo', 'القاهرة'],
    ]);
  });
});
