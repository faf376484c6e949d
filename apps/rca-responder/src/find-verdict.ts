import type { XRayClient } from '@aws-sdk/client-xray';
import { analyze, type RcaReport, readTraces } from '@org/rca';
import type { TracePage } from '@org/xray-reader';
import type { AnalysisWindows } from './analysis-windows.js';
import { withoutOwnTraces } from './own-traces.js';
import { readWindow } from './read-window.js';

/**
 * What the responder concluded about an alarm: a report (perhaps from a
 * partial read), or the reason there is none.
 *
 * @example
 * if (verdict.kind === 'analyzed') verdict.report.rootCauses[0];
 */
export type Verdict =
  | {
      kind: 'analyzed';
      report: RcaReport;
      windows: AnalysisWindows;
      /** Trace ids listed in the alarm window but not read. */
      unreadTraces: number;
      baselineTraces: number;
    }
  | { kind: 'failed'; reason: string; windows: AnalysisWindows };

/**
 * What {@link findVerdict} needs.
 *
 * @example
 * const options: VerdictOptions = { client, windows, deadline, maxTraces: 2000 };
 */
export interface VerdictOptions {
  client: XRayClient;
  windows: AnalysisWindows;
  /** Epoch milliseconds by which reading must stop. */
  deadline: number;
  maxTraces: number;
  /** The responder's own function: its traces are left out. */
  ownFunction?: string;
  now?: () => number;
}

/**
 * Reads the alarm window, then the baseline window with the time left,
 * leaves out the traces of `ownFunction` (the responder itself), and
 * ranks the root causes with `@org/rca`. Never throws: a failure to
 * read or to analyse becomes a `failed` verdict with the reason, so the
 * alarm is still announced.
 *
 * @example
 * const verdict = await findVerdict({ client, windows, deadline, maxTraces: 2000 });
 */
export async function findVerdict(options: VerdictOptions): Promise<Verdict> {
  const { windows } = options;
  try {
    const alarmRead = await readWindow({ ...options, window: windows.alarm });
    const alarmPages = withoutOwn(alarmRead.pages, options.ownFunction);
    if (alarmRead.pages.length === 0) {
      return {
        kind: 'failed',
        reason: noTracesReason(alarmRead.listed),
        windows,
      };
    }
    const baseline = await readBaseline(options);
    const report = analyze(readTraces(alarmPages), {
      baseline: baseline && readTraces(baseline),
    });

    return {
      kind: 'analyzed',
      report,
      windows,
      unreadTraces: alarmRead.unread,
      baselineTraces: baseline?.flatMap((page) => page.Traces).length ?? 0,
    };
  } catch (error) {
    return { kind: 'failed', reason: describeFailure(error), windows };
  }
}

// The baseline is a comparison, not the subject: when it cannot be read
// the engine derives one from the alarm window itself.
async function readBaseline(options: VerdictOptions) {
  const now = options.now ?? Date.now;
  if (now() >= options.deadline) return undefined;
  try {
    const read = await readWindow({
      ...options,
      window: options.windows.baseline,
    });
    const pages = withoutOwn(read.pages, options.ownFunction);
    const traces = pages.reduce((sum, page) => sum + page.Traces.length, 0);

    return traces > 0 ? pages : undefined;
  } catch {
    return undefined;
  }
}

function withoutOwn(
  pages: TracePage[],
  ownFunction: string | undefined,
): TracePage[] {
  return ownFunction === undefined
    ? pages
    : withoutOwnTraces(pages, ownFunction);
}

function noTracesReason(listed: number): string {
  return listed === 0
    ? 'X-Ray holds no traces for the alarm window.'
    : `X-Ray listed ${listed} trace(s) for the alarm window but none could be read before the deadline.`;
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;

  return String(error);
}
