import { newSegmentId, nowSeconds } from '../../ids.js';
import type { SubsegmentDocument } from '../../model/subsegment-document.js';
import { createRedactor, type Redactor } from '../../redaction/redactor.js';
import { parseTraceHeader, type TraceContext } from '../../trace-header.js';
import { warnOnce } from '../../warnings.js';
import type {
  InvocationOutcome,
  InvocationSpan,
  InvocationStart,
  TracingBackend,
} from '../tracing-backend.js';
import { captureXRayClient } from './aws-client-capture.js';
import { type DaemonAddress, daemonAddress } from './daemon-address.js';
import { captureFetch } from './http/capture-fetch.js';
import { captureNodeHttp } from './http/capture-node-http.js';
import { annotate, describeWith, recordFault } from './invocation-record.js';
import { segmentDocuments } from './segment-documents.js';
import { createUdpEmitter, type SegmentEmitter } from './udp-emitter.js';
import type { XRayScope } from './xray-scope.js';
import { endSubsegment, scopeTraceHeader, xrayScopes } from './xray-scope.js';

/**
 * Options of {@link createXRayBackend}.
 *
 * @example
 * createXRayBackend({ timeoutMarginMs: 100 });
 */
export interface XRayBackendOptions {
  /** Redaction of annotations, metadata and exception messages. */
  redactor?: Redactor;
  /** Daemon address; default from `AWS_XRAY_DAEMON_ADDRESS`. */
  daemon?: DaemonAddress;
  /** Where documents go; default one UDP socket to the daemon. */
  emitter?: SegmentEmitter;
  /**
   * How long before Lambda's deadline the unfinished tree is sent (marked
   * `in_progress`), so that a timed-out invocation still shows where it
   * waited. Default 200 ms.
   */
  timeoutMarginMs?: number;
}

interface XRaySpan extends InvocationSpan {
  kind: 'xray';
  scope: XRayScope | undefined;
  deadline?: NodeJS.Timeout;
}

function handlerSubsegment(
  start: InvocationStart,
  trace: TraceContext,
): SubsegmentDocument {
  const subsegment: SubsegmentDocument = {
    id: newSegmentId(),
    name: start.name,
    start_time: nowSeconds(),
    trace_id: trace.traceId,
    annotations: { ColdStart: start.coldStart, Service: start.service },
  };
  if (trace.parentId !== undefined) {
    subsegment.type = 'subsegment';
    subsegment.parent_id = trace.parentId;
  }

  return subsegment;
}

function traceOf(start: InvocationStart): TraceContext | undefined {
  const trace = parseTraceHeader(start.traceHeader);
  if (trace !== undefined) return trace;

  warnOnce(
    'no-trace-header',
    `no valid trace header (_X_AMZN_TRACE_ID is "${start.traceHeader ?? ''}"): invocations of this process are not traced.`,
  );
  return undefined;
}

/**
 * The X-Ray backend: builds each invocation's subsegment tree in memory
 * (handler subsegment with `ColdStart` and `Service` annotations, AWS and
 * HTTP calls beneath) and sends it when the invocation ends, as one UDP
 * datagram on one reused socket (split only past the datagram limit).
 * Without a trace header it records nothing and warns once; with
 * `Sampled=0` it records nothing but still passes the decision on.
 *
 * @example
 * configureTracing({ backend: createXRayBackend({ timeoutMarginMs: 100 }) });
 */
export function createXRayBackend(
  options: XRayBackendOptions = {},
): TracingBackend {
  const redactor = options.redactor ?? createRedactor();
  const emitter =
    options.emitter ?? createUdpEmitter(options.daemon ?? daemonAddress());
  const margin = options.timeoutMarginMs ?? 200;
  const current = () => xrayScopes.getStore()?.subsegment;

  const watchDeadline = (span: XRaySpan, start: InvocationStart) => {
    const remaining = start.remainingTimeMs?.();
    const root = span.scope?.subsegment;
    if (root === undefined || remaining === undefined) return;
    if (!Number.isFinite(remaining) || remaining <= margin) return;

    span.deadline = setTimeout(
      () => emitter.send(segmentDocuments(root)),
      remaining - margin,
    );
    span.deadline.unref();
  };

  return {
    kind: 'xray',
    beginInvocation(start) {
      const trace = traceOf(start);
      if (trace === undefined) return { kind: 'xray', scope: undefined };
      const subsegment =
        trace.sampled === false ? undefined : handlerSubsegment(start, trace);
      const span: XRaySpan = {
        kind: 'xray',
        scope: { trace, service: start.service, subsegment },
      };
      watchDeadline(span, start);

      return span;
    },
    runInSpan(span, work) {
      const scope = (span as XRaySpan).scope;

      return scope === undefined ? work() : xrayScopes.run(scope, work);
    },
    endInvocation(span, outcome: InvocationOutcome) {
      const { scope, deadline } = span as XRaySpan;
      if (deadline !== undefined) clearTimeout(deadline);
      const root = scope?.subsegment;
      if (scope === undefined || root === undefined) return;

      if (outcome.kind === 'error') {
        recordFault(root, outcome.error, redactor);
        if (outcome.captureError) {
          describeWith(root, scope.service, 'error', outcome.error, redactor);
        }
      } else if (outcome.captureResponse) {
        const response = outcome.response;
        describeWith(root, scope.service, 'response', response, redactor);
      }
      endSubsegment(root);
      emitter.send(segmentDocuments(root));
    },
    addAnnotation(key, value) {
      const subsegment = current();
      if (subsegment !== undefined) annotate(subsegment, key, value, redactor);
    },
    addMetadata(key, value) {
      const scope = xrayScopes.getStore();
      const subsegment = scope?.subsegment;
      if (scope === undefined || subsegment === undefined) return;
      describeWith(subsegment, scope.service, key, value, redactor);
    },
    recordError(error) {
      const subsegment = current();
      if (subsegment !== undefined) recordFault(subsegment, error, redactor);
    },
    captureClient: (client) => captureXRayClient(client, redactor),
    captureHttp(httpOptions = {}) {
      if (httpOptions.fetch !== false) captureFetch(redactor);
      if (httpOptions.nodeHttp !== false) captureNodeHttp(redactor);
    },
    currentTraceHeader: () => scopeTraceHeader(xrayScopes.getStore()),
  };
}
