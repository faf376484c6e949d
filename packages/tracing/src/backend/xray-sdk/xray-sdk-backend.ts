import http from 'node:http';
import https from 'node:https';
import { createRedactor, type Redactor } from '../../redaction/redactor.js';
import { formatTraceHeader } from '../../trace-header.js';
import { warnOnce } from '../../warnings.js';
import type {
  InvocationOutcome,
  InvocationSpan,
  InvocationStart,
  TracingBackend,
} from '../tracing-backend.js';
import { addTraceHeaderToInput } from './trace-header-middleware.js';
import type { SdkSegment, XRaySdk } from './xray-sdk-types.js';

/**
 * Options of {@link createXRaySdkBackend}.
 *
 * @example
 * createXRaySdkBackend({ sdk: AWSXRay, redactor });
 */
export interface XRaySdkBackendOptions {
  /** The `aws-xray-sdk-core` module, imported by the caller. */
  sdk: XRaySdk;
  /** Redaction of annotations, metadata and exception messages. */
  redactor?: Redactor;
}

interface SdkSpan extends InvocationSpan {
  kind: 'xray-sdk';
  subsegment: SdkSegment | undefined;
  service: string;
}

function redactedError(error: unknown, redactor: Redactor): Error {
  const source = error instanceof Error ? error : new Error(String(error));
  const copy = new Error(redactor.redactText(source.message));
  copy.name = source.name;
  copy.stack = redactor.redactText(source.stack ?? '');

  return copy;
}

function recordingSegment(sdk: XRaySdk): SdkSegment | undefined {
  const segment = sdk.getSegment();

  return segment === undefined || segment.facade ? undefined : segment;
}

/**
 * A backend over `aws-xray-sdk-core`, for services that want the official
 * SDK's own documents: the SDK's Lambda facade segment, its streaming
 * emitter, `captureAWSv3Client` and `captureHTTPsGlobal`. The trace
 * header is still passed on in EventBridge, Step Functions and SQS
 * inputs, and data is redacted as by the default backend. It costs more
 * per invocation than {@link createXRayBackend} (see the README's
 * benchmark) and keeps the SDK's flags for AWS calls (`fault` on any
 * error).
 *
 * @example
 * import AWSXRay from 'aws-xray-sdk-core';
 * configureTracing({ backend: createXRaySdkBackend({ sdk: AWSXRay }) });
 */
export function createXRaySdkBackend(
  options: XRaySdkBackendOptions,
): TracingBackend {
  const { sdk } = options;
  const redactor = options.redactor ?? createRedactor();
  let service = 'service';

  return {
    kind: 'xray-sdk',
    beginInvocation(start: InvocationStart): SdkSpan {
      service = start.service;
      const facade = sdk.getSegment();
      if (facade === undefined || facade.notTraced) {
        warnOnce(
          'no-sdk-segment',
          'aws-xray-sdk-core has no traced segment: invocations are not traced.',
        );
        return { kind: 'xray-sdk', subsegment: undefined, service };
      }
      const subsegment = facade.addNewSubsegment(start.name);
      subsegment.addAnnotation('ColdStart', start.coldStart);
      subsegment.addAnnotation('Service', start.service);

      return { kind: 'xray-sdk', subsegment, service };
    },
    runInSpan(span, work) {
      const { subsegment } = span as SdkSpan;
      if (subsegment === undefined) return work();

      return sdk.getNamespace().runAndReturn(() => {
        sdk.setSegment(subsegment);
        return work();
      });
    },
    endInvocation(span, outcome: InvocationOutcome) {
      const { subsegment } = span as SdkSpan;
      if (subsegment === undefined) return;

      if (outcome.kind === 'error') {
        subsegment.addError(redactedError(outcome.error, redactor));
        if (outcome.captureError) {
          subsegment.addMetadata(
            'error',
            redactor.redact(outcome.error),
            service,
          );
        }
      } else if (outcome.captureResponse) {
        subsegment.addMetadata(
          'response',
          redactor.redact(outcome.response),
          service,
        );
      }
      subsegment.close();
    },
    addAnnotation(key, value) {
      const text =
        typeof value === 'string' ? redactor.redactText(value) : value;
      const safe = redactor.isSensitiveKey(key) ? '[REDACTED]' : text;
      recordingSegment(sdk)?.addAnnotation(key, safe);
    },
    addMetadata(key, value) {
      recordingSegment(sdk)?.addMetadata(key, redactor.redact(value), service);
    },
    recordError(error) {
      recordingSegment(sdk)?.addError(redactedError(error, redactor));
    },
    captureClient(client) {
      const captured = sdk.captureAWSv3Client(client);
      addTraceHeaderToInput(captured, () => this.currentTraceHeader());
      return captured;
    },
    captureHttp() {
      sdk.captureHTTPsGlobal(http, true);
      sdk.captureHTTPsGlobal(https, true);
    },
    currentTraceHeader() {
      const segment = recordingSegment(sdk);
      const traceId = segment?.segment?.trace_id ?? segment?.trace_id;
      if (segment === undefined || traceId === undefined) return undefined;

      return formatTraceHeader({
        traceId,
        parentId: segment.id,
        sampled: !(segment.segment?.notTraced ?? segment.notTraced),
      });
    },
  };
}
