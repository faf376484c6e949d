import type { TraceFacts } from '../locate/trace-facts.js';
import type { RootCause, TraceSummary } from '../report/report-types.js';
import { round } from './quantile.js';

/**
 * One summary per analysed trace, in start order, marking the traces the
 * reported root causes explain (with the rank of the first that does).
 *
 * @example
 * traceSummaries(analysed, rootCauses, causeTraces, slow);
 */
export function traceSummaries(
  analysed: readonly TraceFacts[],
  rootCauses: readonly RootCause[],
  tracesOfCause: ReadonlyMap<number, readonly string[]>,
  slow: ReadonlySet<string>,
): TraceSummary[] {
  const rankOfTrace = new Map<string, number>();
  for (const cause of rootCauses) {
    for (const id of tracesOfCause.get(cause.rank) ?? []) {
      if (!rankOfTrace.has(id)) rankOfTrace.set(id, cause.rank);
    }
  }

  return analysed.map((facts) => {
    const rank = rankOfTrace.get(facts.id);
    const summary: TraceSummary = {
      id: facts.id,
      start: round(facts.start * 1000, 3),
      duration: round(facts.duration * 1000, 3),
      error: facts.error,
      fault: facts.fault,
      throttle: facts.throttle,
      slow: slow.has(facts.id),
      affected: rank !== undefined,
    };
    if (rank !== undefined) summary.rootCauseRank = rank;

    return summary;
  });
}
