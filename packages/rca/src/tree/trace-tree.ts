import type { TraceSet } from '../model/trace-set.js';
import { assembleTree, type TraceTree } from './assemble-tree.js';

/**
 * Assembles the tree of one trace of a set, for a waterfall view. Returns
 * undefined when the set has no trace with that id.
 *
 * @example
 * const tree = traceTree(traces, report.rootCauses[0].exampleTraceIds[0]);
 * for (const node of tree?.nodes ?? []) console.log(node.name);
 */
export function traceTree(
  traces: TraceSet,
  traceId: string,
): TraceTree | undefined {
  const record = traces.byId.get(traceId);

  return record === undefined ? undefined : assembleTree(record);
}
