import type { SegmentDocument } from '../../src/index.js';

/** A call made by a function: an AWS SDK call or an HTTP call. */
export interface CallSpec {
  service?: string;
  operation?: string;
  aws?: Record<string, unknown>;
  url?: string;
  method?: string;
  status?: number;
  exception?: { type?: string; message?: string };
  fault?: boolean;
  error?: boolean;
  throttle?: boolean;
  duration?: number;
  inProgress?: boolean;
  retries?: number;
  downstream?: SegmentDocument;
}

/** What a function did in one invocation. */
export interface InvocationSpec {
  index: number;
  functionName?: string;
  start?: number;
  calls?: CallSpec[];
  ownTime?: number;
  initialization?: number;
  failure?: { type?: string; message: string; fault?: boolean };
}

/**
 * A deterministic X-Ray trace id for an index.
 */
export function traceIdOf(index: number): string {
  const epoch = (0x65000000 + index).toString(16);

  return `1-${epoch}-${index.toString(16).padStart(24, '0')}`;
}

/** A deterministic 16-hex-digit id made of a prefix and numbers. */
export function idOf(prefix: number, index: number, part = 0): string {
  return `${prefix.toString(16)}${part.toString(16).padStart(3, '0')}${index
    .toString(16)
    .padStart(12, '0')}`.slice(0, 16);
}

/**
 * The documents of one Lambda invocation as X-Ray records it: the
 * AWS::Lambda service segment, the AWS::Lambda::Function segment with an
 * optional Initialization and an Invocation subsegment holding the calls.
 */
export function lambdaInvocation(spec: InvocationSpec): SegmentDocument[] {
  const name = spec.functionName ?? 'checkout';
  const traceId = traceIdOf(spec.index);
  const start = spec.start ?? 1_700_000_000 + spec.index;
  const init = spec.initialization ?? 0;
  let clock = start + init + 0.001;
  const calls = (spec.calls ?? []).map((call, position) => {
    const document = callDocument(call, idOf(0xc, spec.index, position), clock);
    clock += call.duration ?? 0.01;
    return document;
  });
  const invocationEnd = clock + (spec.ownTime ?? 0.005);
  const failure = spec.failure;
  const cause = failure
    ? { exceptions: [{ type: failure.type, message: failure.message }] }
    : undefined;
  const flags = failure
    ? failure.fault === false
      ? { error: true }
      : { fault: true }
    : {};
  const subsegments: SegmentDocument[] = [];
  if (init > 0) {
    subsegments.push({
      id: idOf(0xd, spec.index),
      name: 'Initialization',
      start_time: start,
      end_time: start + init,
    });
  }
  subsegments.push({
    id: idOf(0xe, spec.index),
    name: 'Invocation',
    start_time: start + init,
    end_time: invocationEnd,
    subsegments: calls,
    ...flags,
    ...(cause ? { cause } : {}),
  });
  const serviceSegment: SegmentDocument = {
    id: idOf(0xa, spec.index),
    trace_id: traceId,
    name,
    origin: 'AWS::Lambda',
    start_time: start,
    end_time: invocationEnd + 0.002,
    http: { response: { status: failure ? 200 : 200 } },
    ...flags,
  };
  const functionSegment: SegmentDocument = {
    id: idOf(0xb, spec.index),
    trace_id: traceId,
    parent_id: serviceSegment.id,
    name,
    origin: 'AWS::Lambda::Function',
    start_time: start,
    end_time: invocationEnd + 0.001,
    subsegments,
    ...flags,
    ...(cause ? { cause } : {}),
  };
  const downstream = (spec.calls ?? []).flatMap((call, position) =>
    call.downstream
      ? [
          {
            ...call.downstream,
            trace_id: traceId,
            parent_id: idOf(0xc, spec.index, position),
          },
        ]
      : [],
  );

  return [serviceSegment, functionSegment, ...downstream];
}

function callDocument(
  call: CallSpec,
  id: string,
  start: number,
): SegmentDocument {
  const duration = call.duration ?? 0.01;
  const document: SegmentDocument = {
    id,
    name: call.service ?? hostOf(call.url),
    start_time: start,
    namespace: call.url && !call.service ? 'remote' : 'aws',
  };
  if (call.inProgress) document.in_progress = true;
  else document.end_time = start + duration;
  if (call.service) {
    document.aws = { operation: call.operation, ...call.aws };
    if (call.retries !== undefined) document.aws.retries = call.retries;
  }
  if (call.url || call.status !== undefined) {
    document.http = {
      ...(call.url
        ? { request: { method: call.method ?? 'GET', url: call.url } }
        : {}),
      ...(call.status !== undefined
        ? { response: { status: call.status } }
        : {}),
    };
  }
  if (call.fault) document.fault = true;
  if (call.error) document.error = true;
  if (call.throttle) document.throttle = true;
  if (call.exception) {
    document.cause = {
      exceptions: [
        { id: `${id.slice(0, 12)}e000`, ...call.exception, remote: true },
      ],
    };
  }

  return document;
}

function hostOf(url: string | undefined): string {
  return url ? new URL(url).hostname : 'remote';
}

/** A healthy DynamoDB PutItem on the `orders` table. */
export function putOrder(overrides: Partial<CallSpec> = {}): CallSpec {
  return {
    service: 'DynamoDB',
    operation: 'PutItem',
    aws: { table_name: 'orders' },
    status: 200,
    duration: 0.012,
    ...overrides,
  };
}

/** A PutItem throttled by DynamoDB, as the Node SDK records it. */
export function throttledPutOrder(overrides: Partial<CallSpec> = {}): CallSpec {
  return putOrder({
    status: 400,
    fault: true,
    throttle: true,
    retries: 3,
    exception: {
      type: 'ProvisionedThroughputExceededException',
      message:
        'The level of configured provisioned throughput for the table was exceeded.',
    },
    ...overrides,
  });
}

/** A PutItem refused by a condition on a duplicate order (expected). */
export function duplicateOrder(): CallSpec {
  return putOrder({
    status: 400,
    fault: true,
    exception: {
      type: 'ConditionalCheckFailedException',
      message: 'The conditional request failed',
    },
  });
}

/** An HTTP call to a payment provider. */
export function chargeCard(overrides: Partial<CallSpec> = {}): CallSpec {
  return {
    url: 'https://api.payments.example/v1/charges',
    method: 'POST',
    status: 200,
    duration: 0.08,
    ...overrides,
  };
}

/**
 * Invocations of one function, one per index, healthy unless `outage`
 * says otherwise for that index.
 */
export function invocations(
  count: number,
  build: (index: number) => Omit<InvocationSpec, 'index'>,
): SegmentDocument[] {
  const documents: SegmentDocument[] = [];
  for (let index = 0; index < count; index += 1) {
    documents.push(...lambdaInvocation({ index, ...build(index) }));
  }

  return documents;
}
