import {
  summarizeTrace,
  type TraceSummaryShape,
} from '../api/trace-summary.js';
import { type FilterFacts, traceFacts } from '../filter/trace-facts.js';
import { type AssembledTrace, assembleTrace } from './assemble-trace.js';
import type { StoredTrace } from './segment-store.js';

/** The views the query API needs of one stored trace. */
export interface TraceViews {
  trace: AssembledTrace;
  facts: FilterFacts;
  summary: TraceSummaryShape;
}

interface CachedViews extends TraceViews {
  revision: number;
}

const cache = new WeakMap<StoredTrace, CachedViews>();

/**
 * Assembles a stored trace with its filter facts and summary, reusing the
 * previous result while no document has been added to the trace. Callers
 * must not mutate what they get.
 *
 * @example
 * const { summary } = traceViews(stored);
 */
export function traceViews(stored: StoredTrace): TraceViews {
  const cached = cache.get(stored);
  if (cached && cached.revision === stored.revision) return cached;

  const trace = assembleTrace(stored);
  const facts = traceFacts(trace);
  const views = {
    revision: stored.revision,
    trace,
    facts,
    summary: summarizeTrace(trace, facts, stored.revision),
  };
  cache.set(stored, views);

  return views;
}
