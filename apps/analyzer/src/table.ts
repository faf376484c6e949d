/**
 * Lays rows out as columns separated by two spaces, each column as wide
 * as its widest cell. `style` may colour a cell after it is padded, so
 * that colour codes do not break the alignment.
 *
 * @example
 * formatTable(['rank', 'kind'], [['1', 'throttle']]);
 * // "rank  kind\n1     throttle\n"
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  style: (cell: string, row: number, column: number) => string = (cell) => cell,
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const lines = [header, ...rows].map((cells, row) =>
    cells
      .map((cell, column) =>
        style(cell.padEnd(widths[column] ?? 0), row, column),
      )
      .join('  ')
      .trimEnd(),
  );

  return `${lines.join('\n')}\n`;
}
