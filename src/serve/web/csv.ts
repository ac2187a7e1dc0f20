/** CSV for spreadsheets: UTF-8 with a BOM (so Excel reads Japanese), CRLF line ends, RFC 4180 quoting. */

function cell(v: string | number): string {
  let s = String(v);
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Returns a CSV document: BOM, header, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
