import { type RcaReport, type TraceSet, traceTree } from '@org/rca';
import { escapeHtml } from './escape.js';
import { counted, formatDuration, formatPercent, formatUtc } from './format.js';
import { HEALTH_COLOURS, type Health } from './health.js';
import { PAGE_STYLE } from './page-style.js';
import { renderCauses } from './render-causes.js';
import { renderServiceMap } from './render-map.js';
import { renderTimeline } from './render-timeline.js';
import { renderWaterfall } from './render-waterfall.js';
import { serviceNodes } from './service-nodes.js';
import {
  type ChangePoint,
  changePoint,
  timelineBuckets,
} from './timeline-buckets.js';
import { waterfallRows } from './waterfall-rows.js';

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * const options: HtmlOptions = { source: 'outage.json' };
 */
export interface HtmlOptions {
  /** Where the traces came from, shown under the title. */
  source?: string;
}

// No network and no script: even markup that slipped through escaping
// could neither run nor fetch anything.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The report as one self-contained HTML page: the verdict, the service
 * map, the ranked causes, a waterfall of the top cause's first example
 * trace and a timeline of the window with its change point. Styles and
 * figures (SVG) are inline; the page loads nothing and runs no script.
 * Pure: the same report and traces give the same page.
 *
 * @example
 * const html = renderHtml(report, traces, { source: 'outage.json' });
 * await writeFile('report.html', html);
 */
export function renderHtml(
  report: RcaReport,
  traces: TraceSet,
  options: HtmlOptions = {},
): string {
  const change = changePoint(report);

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Incident report: root cause analysis</title>',
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    renderHeader(report, options),
    section('service-map', 'Service map', mapBody(report, traces)),
    section('root-causes', 'Ranked causes', renderCauses(report.rootCauses)),
    section('waterfall', 'Waterfall', waterfallBody(report, traces)),
    section('timeline', 'Timeline', timelineBody(report, change)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${title}</h2>${body}</section>`;
}

function renderHeader(report: RcaReport, options: HtmlOptions): string {
  const [top] = report.rootCauses;
  const source = options.source ? ` from ${escapeHtml(options.source)}` : '';
  const summary = `<p class="summary">Analyzed ${counted(report.tracesAnalyzed, 'trace')}${source}, ${report.tracesWithIssues} with issues.</p>`;
  if (top === undefined) {
    return `<header><h1>Incident report</h1>${summary}<p class="verdict calm">No root cause found: the traces show no errors, faults, throttles or unusual latency.</p></header>`;
  }
  const where = [top.service, top.resource, top.operation]
    .filter(Boolean)
    .join(' ');
  const exception = top.exception ? ` (${top.exception})` : '';
  const verdict = `Root cause: ${top.kind} at ${where}${exception}, in ${counted(top.tracesAffected, 'trace')}, ${formatPercent(top.confidence)} confidence.`;

  return `<header><h1>Incident report</h1>${summary}<p class="verdict">${escapeHtml(verdict)}</p></header>`;
}

function mapBody(report: RcaReport, traces: TraceSet): string {
  const legend = (['ok', 'fault', 'throttle', 'error', 'unfinished'] as const)
    .map(legendEntry)
    .join('');
  const map = renderServiceMap(
    serviceNodes(traces),
    report.serviceGraph,
    report.rootCauses,
  );

  return `<p>Nodes are coloured by their most frequent failure and say each failure's share of the traces through them; arrows go from caller to callee with calls, failures and latency. The root cause is marked ★.</p><ul class="legend">${legend}</ul><div class="figure">${map}</div>`;
}

function legendEntry(health: Health): string {
  const colours = HEALTH_COLOURS[health];

  return `<li><span class="swatch" style="background:${colours.fill};border-color:${colours.stroke}"></span>${health}</li>`;
}

function waterfallBody(report: RcaReport, traces: TraceSet): string {
  const [top] = report.rootCauses;
  const traceId =
    top?.exampleTraceIds[0] ??
    report.traces.find((trace) => trace.affected)?.id;
  const tree = traceId === undefined ? undefined : traceTree(traces, traceId);
  if (traceId === undefined || tree === undefined) {
    return '<p class="empty">No affected trace to show.</p>';
  }
  const rows = waterfallRows(tree, top);
  const duration = (tree.end - tree.start) * 1000;
  const intro = `<p>Trace <span class="trace-id">${escapeHtml(traceId)}</span>, the first example of the top cause, started ${formatUtc(tree.start * 1000)} and lasted ${formatDuration(duration)}. The failing call of the root cause is highlighted (◀ root cause); dashed bars never finished.</p>`;

  const failing = rows.find((row) => row.highlighted && row.exception);
  const detail = failing
    ? `<p class="failing-call">Failing call: <strong>${escapeHtml(failing.label)}</strong>: ${escapeHtml(failing.exception ?? '')}</p>`
    : '';

  return `${intro}${detail}<div class="figure">${renderWaterfall(rows, duration)}</div>`;
}

function timelineBody(
  report: RcaReport,
  change: ChangePoint | undefined,
): string {
  const buckets = timelineBuckets(report.traces);

  return `<p>${describeBaseline(report)} ${describeChange(change)}</p><div class="figure">${renderTimeline(buckets, change)}</div>`;
}

function describeBaseline(report: RcaReport): string {
  const { baseline } = report;
  if (baseline.kind === 'explicit') {
    return `Baseline: ${baseline.traces} healthy traces given with --baseline.`;
  }
  if (baseline.kind === 'derived') {
    return `Baseline: ${baseline.traces} quiet traces of the window itself, around the stretch where failures or slow traces crowd together.`;
  }

  return 'No baseline: no quiet stretch of traffic stood apart and none was given, so causes are weighed against the whole window.';
}

function describeChange(change: ChangePoint | undefined): string {
  if (change === undefined) {
    return 'No change point: no trace is explained by a root cause.';
  }
  if (change.kind === 'derived-window') {
    return `Change point: ${formatUtc(change.at)}, where the outage window begins (shaded; its last trace started ${formatUtc(change.windowEnd)}).`;
  }

  return `Change point: ${formatUtc(change.at)}, the start of the first trace a root cause explains.`;
}
