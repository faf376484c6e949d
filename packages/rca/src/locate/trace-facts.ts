import type { ServiceGraphBuilder } from '../analyze/service-graph.js';
import type { NodeLocation } from '../classify/node-location.js';
import type { TraceRecord } from '../model/trace-set.js';
import { assembleTree } from '../tree/assemble-tree.js';
import type { TraceNode } from '../tree/trace-node.js';
import { unitOwnTime } from './exclusive-time.js';
import { findFailures } from './failure-origins.js';
import type { Finding } from './finding.js';
import type { Locator } from './locator.js';
import { type OwnTime, OwnTimeTally } from './own-time.js';
import type { SequenceInterner } from './sequence-interner.js';

/**
 * A call that succeeded after retries or after being throttled: weak
 * evidence on its own.
 */
export interface RetriedCall {
  readonly location: NodeLocation;
  readonly retries: number;
  readonly throttled: boolean;
}

/**
 * The calls one segment's code made: the segment's id and location key
 * and the location keys of its calls in order of first call. Traces
 * without findings share equal sequences and keep no segment id: only
 * failed segments are ever looked up by id.
 */
export interface CallSequence {
  readonly segmentId: string | undefined;
  readonly locationKey: string;
  readonly calls: readonly string[];
}

/**
 * What the engine keeps of one trace: times (epoch seconds), flags,
 * failure findings, retried calls and own time per location.
 *
 * @example
 * const facts = traceFacts(record, createLocator());
 * facts.findings.length; // 0 for a healthy trace
 */
export interface TraceFacts {
  readonly id: string;
  readonly start: number;
  readonly duration: number;
  readonly error: boolean;
  readonly fault: boolean;
  readonly throttle: boolean;
  readonly findings: readonly Finding[];
  readonly retried: readonly RetriedCall[];
  /** Seconds of own (exclusive) time per location key. */
  readonly ownTime: OwnTime;
  /** The locations named by the keys of `ownTime` (shared by all). */
  readonly locations: ReadonlyMap<string, NodeLocation>;
  /**
   * Per segment that made calls, its location and the locations of the
   * calls its code made, in order of first call.
   */
  readonly callSequences: readonly CallSequence[];
}

/**
 * Assembles one trace and extracts its facts; tallies its calls into the
 * service graph when one is given.
 *
 * @example
 * const facts = traceFacts(traces.traces[0], createLocator());
 */
export function traceFacts(
  record: TraceRecord,
  locator: Locator,
  graph?: ServiceGraphBuilder,
): TraceFacts {
  const { locate, registry, interner } = locator;
  const tree = assembleTree(record);
  const ownTime = new OwnTimeTally();
  const callSequences: MutableCallSequence[] = [];
  let retried: RetriedCall[] = NO_RETRIED_CALLS;
  let error = false;
  let fault = false;
  let throttle = false;
  for (const node of tree.nodes) {
    error ||= node.error;
    fault ||= node.fault;
    throttle ||= node.throttle;
    const location = locate(node);
    const isUnit =
      node.parent === undefined || locate(node.parent).key !== location.key;
    if (isUnit) {
      const own = unitOwnTime(node, tree.end, locate);
      ownTime.add(location.key, own);
    }
    graph?.addNode(node, location, tree.end, locate);
    if (location.phase === 'call' && !node.isSegment && node.segment) {
      addCall(
        callSequences,
        node.segment,
        locate(node.segment).key,
        location.key,
      );
    }
    const retriedCall = asRetriedCall(node, location);
    if (retriedCall === undefined) continue;
    if (retried === NO_RETRIED_CALLS) retried = [retriedCall];
    else retried.push(retriedCall);
  }

  const findings = findFailures(tree, locate);

  return {
    id: record.id,
    start: tree.start,
    duration: Math.max(0, tree.end - tree.start),
    error,
    fault,
    throttle,
    findings: findings.length === 0 ? NO_FINDINGS : findings,
    retried,
    ownTime: ownTime.result(interner),
    locations: registry,
    callSequences:
      findings.length === 0
        ? sharedSequences(callSequences, interner)
        : callSequences,
  };
}

/** Shared by every trace without findings; never written to. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

interface MutableCallSequence extends CallSequence {
  readonly calls: string[];
}

/** The call sequences of a trace without findings, shared by identity. */
function sharedSequences(
  sequences: readonly MutableCallSequence[],
  interner: SequenceInterner,
): readonly CallSequence[] {
  const shared = sequences.map(({ locationKey, calls }) => {
    const sharedCalls = interner.intern(calls);

    return interner.shared([SEQUENCE_MARK, locationKey, sharedCalls], () => ({
      segmentId: undefined,
      locationKey,
      calls: sharedCalls,
    }));
  });

  return interner.intern(shared);
}

/**
 * Starts the trie path of a call sequence object, apart from key lists
 * (which hold strings only).
 */
const SEQUENCE_MARK = Symbol('call sequence');

/** Shared by every trace without retried calls; never written to. */
const NO_RETRIED_CALLS: RetriedCall[] = [];

function addCall(
  sequences: MutableCallSequence[],
  segment: TraceNode,
  locationKey: string,
  callKey: string,
): void {
  const last = sequences[sequences.length - 1];
  const sequence =
    last?.segmentId === segment.id
      ? last
      : sequences.find((known) => known.segmentId === segment.id);
  if (sequence === undefined) {
    sequences.push({ segmentId: segment.id, locationKey, calls: [callKey] });
  } else if (!sequence.calls.includes(callKey)) {
    sequence.calls.push(callKey);
  }
}

function asRetriedCall(
  node: TraceNode,
  location: NodeLocation,
): RetriedCall | undefined {
  const retries = typeof node.aws?.retries === 'number' ? node.aws.retries : 0;
  const succeeded =
    !node.error && !node.fault && (node.status ?? 0) < 400 && node.end;
  if (!succeeded || (retries === 0 && !node.throttle)) return undefined;

  return { location, retries, throttled: node.throttle };
}
