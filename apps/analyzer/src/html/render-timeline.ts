import { escapeHtml } from './escape.js';
import { formatClock, formatDuration, formatPercent } from './format.js';
import { HEALTH_COLOURS } from './health.js';
import type { ChangePoint, TimelineBucket } from './timeline-buckets.js';

const WIDTH = 1000;
const LEFT = 130;
const RIGHT = 20;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PANEL_HEIGHT = 80;
const PANEL_GAP = 26;
const TOP = 34;

interface Panel {
  title: string;
  value: (bucket: TimelineBucket) => number | undefined;
  format: (value: number) => string;
  maximum: number;
  colour: string;
  shape: 'bars' | 'line';
}

/**
 * The window over time in inline SVG: three panels sharing a time axis
 * (requests per slice, the share of them that failed, and their p99
 * duration), each with its scale in words, and the change point as a
 * dashed line labelled with its time (with the derived outage window
 * shaded).
 *
 * @example
 * const svg = renderTimeline(timelineBuckets(report.traces),
 *   changePoint(report));
 */
export function renderTimeline(
  buckets: readonly TimelineBucket[],
  change: ChangePoint | undefined,
): string {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (first === undefined || last === undefined) {
    return '<p class="empty">No traces to draw over time.</p>';
  }
  const panels = panelsFor(buckets);
  const height = TOP + panels.length * (PANEL_HEIGHT + PANEL_GAP) + 10;
  const toX = (time: number) =>
    LEFT +
    ((time - first.start) / Math.max(last.end - first.start, 1)) * PLOT_WIDTH;

  return [
    `<svg class="timeline" role="img" aria-label="Requests, error share and p99 latency over the window" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">`,
    change ? renderWindow(change, toX, height) : '',
    ...panels.map((panel, index) => renderPanel(panel, index, buckets, toX)),
    renderTimeAxis(first.start, last.end, height),
    change ? renderChangePoint(change, toX, height) : '',
    '</svg>',
  ].join('\n');
}

function panelsFor(buckets: readonly TimelineBucket[]): Panel[] {
  const most = (values: number[]) =>
    values.reduce((top, value) => (value > top ? value : top), 0);

  return [
    {
      title: 'requests',
      value: (bucket) => bucket.requests,
      format: (value) => String(Math.round(value)),
      maximum: Math.max(1, most(buckets.map((bucket) => bucket.requests))),
      colour: '#475569',
      shape: 'bars',
    },
    {
      title: 'error share',
      value: (bucket) =>
        bucket.requests === 0 ? undefined : bucket.failed / bucket.requests,
      format: formatPercent,
      maximum: 1,
      colour: HEALTH_COLOURS.fault.stroke,
      shape: 'bars',
    },
    {
      title: 'p99 latency',
      value: (bucket) => bucket.p99,
      format: formatDuration,
      maximum: Math.max(1, most(buckets.map((bucket) => bucket.p99 ?? 0))),
      colour: '#1d4ed8',
      shape: 'line',
    },
  ];
}

function renderPanel(
  panel: Panel,
  index: number,
  buckets: readonly TimelineBucket[],
  toX: (time: number) => number,
): string {
  const top = TOP + index * (PANEL_HEIGHT + PANEL_GAP);
  const bottom = top + PANEL_HEIGHT;
  const toY = (value: number) =>
    bottom - (value / panel.maximum) * PANEL_HEIGHT;
  const marks = buckets.map((bucket) => {
    const value = panel.value(bucket);
    if (value === undefined) return '';
    const x = toX(bucket.start);
    const width = Math.max(1, toX(bucket.end) - x - 1);
    const tip = `<title>${formatClock(bucket.start)}: ${panel.title} ${panel.format(value)} (${bucket.requests} requests)</title>`;
    if (panel.shape === 'line') {
      return `<circle cx="${(x + width / 2).toFixed(1)}" cy="${toY(value).toFixed(1)}" r="3" fill="${panel.colour}">${tip}</circle>`;
    }

    return `<rect x="${x.toFixed(1)}" y="${toY(value).toFixed(1)}" width="${width.toFixed(1)}" height="${(bottom - toY(value)).toFixed(1)}" fill="${panel.colour}" fill-opacity="0.75">${tip}</rect>`;
  });

  return [
    `<g class="timeline-panel" data-panel="${escapeHtml(panel.title)}">`,
    `<text x="0" y="${top + 14}" class="panel-title">${panel.title}</text>`,
    `<text x="${LEFT - 6}" y="${top + 10}" text-anchor="end" class="axis-label">${panel.format(panel.maximum)}</text>`,
    `<text x="${LEFT - 6}" y="${bottom}" text-anchor="end" class="axis-label">0</text>`,
    `<line x1="${LEFT}" y1="${bottom}" x2="${LEFT + PLOT_WIDTH}" y2="${bottom}" class="baseline-axis"/>`,
    panel.shape === 'line' ? linePath(panel, buckets, toX, toY) : '',
    ...marks,
    '</g>',
  ].join('');
}

function linePath(
  panel: Panel,
  buckets: readonly TimelineBucket[],
  toX: (time: number) => number,
  toY: (value: number) => number,
): string {
  const points = buckets
    .map((bucket) => {
      const value = panel.value(bucket);
      if (value === undefined) return undefined;
      const x = (toX(bucket.start) + toX(bucket.end)) / 2;

      return `${x.toFixed(1)},${toY(value).toFixed(1)}`;
    })
    .filter((point): point is string => point !== undefined);

  return `<polyline points="${points.join(' ')}" fill="none" stroke="${panel.colour}" stroke-width="2"/>`;
}

function renderTimeAxis(start: number, end: number, height: number): string {
  const y = height - 4;

  return [
    `<text x="${LEFT}" y="${y}" class="axis-label">${formatClock(start)}</text>`,
    `<text x="${LEFT + PLOT_WIDTH / 2}" y="${y}" text-anchor="middle" class="axis-label">${formatClock((start + end) / 2)}</text>`,
    `<text x="${LEFT + PLOT_WIDTH}" y="${y}" text-anchor="end" class="axis-label">${formatClock(end)} UTC</text>`,
  ].join('');
}

function renderWindow(
  change: ChangePoint,
  toX: (time: number) => number,
  height: number,
): string {
  if (change.kind !== 'derived-window') return '';
  const x = toX(change.at);
  const width = Math.max(2, toX(change.windowEnd) - x);

  return `<rect class="outage-window" x="${x.toFixed(1)}" y="${TOP - 8}" width="${width.toFixed(1)}" height="${height - TOP - 10}"><title>outage window ${formatClock(change.at)} to ${formatClock(change.windowEnd)} UTC</title></rect>`;
}

function renderChangePoint(
  change: ChangePoint,
  toX: (time: number) => number,
  height: number,
): string {
  const x = toX(change.at);
  const anchor = x > LEFT + PLOT_WIDTH * 0.7 ? 'end' : 'start';
  const offset = anchor === 'end' ? -6 : 6;

  return `<g class="change-point" data-at="${change.at}"><line x1="${x.toFixed(1)}" y1="${TOP - 14}" x2="${x.toFixed(1)}" y2="${height - 16}" stroke="#111827" stroke-width="2" stroke-dasharray="6 4"/><text x="${(x + offset).toFixed(1)}" y="${TOP - 18}" text-anchor="${anchor}" class="change-label">change point ${formatClock(change.at)} UTC</text></g>`;
}
