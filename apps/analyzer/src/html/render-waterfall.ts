import { escapeHtml } from './escape.js';
import { formatDuration, truncate } from './format.js';
import { HEALTH_COLOURS } from './health.js';
import type { WaterfallRow } from './waterfall-rows.js';

const WIDTH = 1000;
const LABEL_WIDTH = 320;
const STATUS_WIDTH = 230;
const BAR_LEFT = LABEL_WIDTH + STATUS_WIDTH;
const BAR_WIDTH = WIDTH - BAR_LEFT - 16;
const ROW_HEIGHT = 22;
const AXIS_HEIGHT = 26;
const INDENT = 12;

/**
 * The most rows drawn: a trace with more spans is cut, and the page says
 * how many were left out.
 *
 * @example
 * rows.length > WATERFALL_ROW_LIMIT; // some spans are left out
 */
export const WATERFALL_ROW_LIMIT = 300;

/**
 * A trace as a waterfall in inline SVG: one row per span with its name
 * (indented by depth), its duration and outcome in words, and a bar on a
 * shared time axis. The failing call of the root cause is highlighted and
 * labelled "root cause"; calls that never finished are drawn dashed to
 * the end of the trace.
 *
 * @example
 * const svg = renderWaterfall(rows, tree.end - tree.start);
 */
export function renderWaterfall(
  rows: readonly WaterfallRow[],
  traceMilliseconds: number,
): string {
  const drawn = rows.slice(0, WATERFALL_ROW_LIMIT);
  const total = Math.max(traceMilliseconds, 1);
  const height = AXIS_HEIGHT + drawn.length * ROW_HEIGHT + 8;
  const marks = drawn.map((row, index) => renderRow(row, index, total));
  const left = rows.length - drawn.length;
  const note =
    left > 0
      ? `<p class="note">${left} more spans are not drawn (the waterfall shows the first ${WATERFALL_ROW_LIMIT}).</p>`
      : '';

  return [
    `<svg class="waterfall" role="img" aria-label="Waterfall of the trace" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
    renderAxis(total, height),
    ...marks,
    '</svg>',
    note,
  ].join('\n');
}

function renderAxis(total: number, height: number): string {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => {
    const x = BAR_LEFT + share * BAR_WIDTH;
    const anchor = share === 1 ? 'end' : share === 0 ? 'start' : 'middle';

    return `<line x1="${x}" y1="${AXIS_HEIGHT - 6}" x2="${x}" y2="${height}" class="grid"/><text x="${x}" y="${AXIS_HEIGHT - 10}" text-anchor="${anchor}" class="axis-label">${formatDuration(share * total)}</text>`;
  });

  return `<g class="axis"><text x="0" y="${AXIS_HEIGHT - 10}" class="axis-label">span</text><text x="${LABEL_WIDTH}" y="${AXIS_HEIGHT - 10}" class="axis-label">duration · outcome</text>${ticks.join('')}</g>`;
}

function renderRow(row: WaterfallRow, index: number, total: number): string {
  const y = AXIS_HEIGHT + index * ROW_HEIGHT;
  const colours = HEALTH_COLOURS[row.health];
  const x = BAR_LEFT + (Math.max(0, row.offset) / total) * BAR_WIDTH;
  const width = Math.max(2, (row.duration / total) * BAR_WIDTH);
  const status = [
    formatDuration(row.duration),
    row.finished ? row.health : 'never finished',
    ...(row.highlighted ? ['◀ root cause'] : []),
  ].join(' · ');
  const label = escapeHtml(row.label);
  const band = row.highlighted
    ? `<rect x="0" y="${y}" width="${WIDTH}" height="${ROW_HEIGHT}" class="highlight-band"/>`
    : '';

  return [
    `<g class="waterfall-row${row.highlighted ? ' highlighted' : ''}" data-health="${row.health}">`,
    `<title>${label}: ${escapeHtml(status)}${row.exception ? ` (${escapeHtml(row.exception)})` : ''}</title>`,
    band,
    `<text x="${4 + row.depth * INDENT}" y="${y + 15}" class="span-name">${escapeHtml(truncate(row.label, Math.max(12, 40 - row.depth * 2)))}</text>`,
    `<text x="${LABEL_WIDTH}" y="${y + 15}" class="span-status">${escapeHtml(status)}</text>`,
    `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${Math.min(width, BAR_LEFT + BAR_WIDTH - x).toFixed(1)}" height="${ROW_HEIGHT - 8}" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="${row.highlighted ? 2.5 : 1}"${row.finished ? '' : ' stroke-dasharray="4 3"'}/>`,
    '</g>',
  ].join('');
}
