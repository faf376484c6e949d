import { AsyncLocalStorage } from 'node:async_hooks';
import { newSegmentId, nowSeconds } from '../../ids.js';
import type { SubsegmentDocument } from '../../model/subsegment-document.js';
import { formatTraceHeader, type TraceContext } from '../../trace-header.js';

/** What the X-Ray backend knows about the code running now. */
export interface XRayScope {
  trace: TraceContext;
  /** Service name, the namespace of metadata. */
  service: string;
  /** The open subsegment; undefined when the trace is not sampled. */
  subsegment: SubsegmentDocument | undefined;
}

/** Carries the current {@link XRayScope} across `await`s. */
export const xrayScopes = new AsyncLocalStorage<XRayScope>();

/**
 * Opens a subsegment under the current one and returns the scope to run
 * the call in. Returns undefined outside a sampled invocation, and inside
 * an AWS SDK call (so that the SDK's own HTTP request is not traced
 * twice).
 *
 * @example
 * const scope = openChildScope('DynamoDB', 'aws');
 * if (scope) xrayScopes.run(scope, () => call());
 */
export function openChildScope(
  name: string,
  namespace: 'aws' | 'remote',
): XRayScope | undefined {
  const current = xrayScopes.getStore();
  const parent = current?.subsegment;
  if (current === undefined || parent === undefined) return undefined;
  if (parent.namespace === 'aws') return undefined;

  const subsegment: SubsegmentDocument = {
    id: newSegmentId(),
    name,
    start_time: nowSeconds(),
    namespace,
  };
  parent.subsegments ??= [];
  parent.subsegments.push(subsegment);

  return { trace: current.trace, service: current.service, subsegment };
}

/**
 * Gives a subsegment its end time (and takes back an earlier
 * `in_progress` mark).
 *
 * @example
 * endSubsegment(scope.subsegment);
 */
export function endSubsegment(subsegment: SubsegmentDocument): void {
  subsegment.end_time = nowSeconds();
  if (subsegment.in_progress) delete subsegment.in_progress;
}

/**
 * The trace header for a call made from `scope`: its trace, the current
 * subsegment as parent, and its sampling decision.
 *
 * @example
 * scopeTraceHeader(xrayScopes.getStore());
 * // 'Root=1-...;Parent=53995c3f42cd8ad8;Sampled=1'
 */
export function scopeTraceHeader(
  scope: XRayScope | undefined,
): string | undefined {
  if (scope === undefined) return undefined;

  return formatTraceHeader({
    traceId: scope.trace.traceId,
    parentId: scope.subsegment?.id ?? scope.trace.parentId,
    sampled: scope.subsegment !== undefined,
    lineage: scope.trace.lineage,
  });
}
