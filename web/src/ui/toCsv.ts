/** A field quoted when it holds a comma, quote, line break or edge spaces (RFC 4180). */
function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text (CRLF line ends). With `bom`, a UTF-8 byte order mark goes first so
 * that Excel shows Chinese correctly.
 */
export function toCsv(rows: (string | number | null | undefined)[][], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(field).join(',')).join('\r\n');
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}
