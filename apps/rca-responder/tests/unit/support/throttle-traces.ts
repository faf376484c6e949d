import {
  awsCall,
  type BuiltTrace,
  closeLambdaInvocation,
  openLambdaInvocation,
  seededRandom,
  TraceDraft,
} from '@org/testing';

/**
 * Traces of `order-validation`, one every `spacingMs` from `startMs`:
 * healthy PutItem calls to `orders`, except that from `outageFromMs` on
 * three in four are throttled by DynamoDB and the function times out.
 *
 * @example
 * const traces = orderValidationTraces({ startMs, count: 40, spacingMs: 1000, outageFromMs });
 */
export function orderValidationTraces(options: {
  startMs: number;
  count: number;
  spacingMs: number;
  outageFromMs: number;
}): BuiltTrace[] {
  const random = seededRandom(11);

  return Array.from({ length: options.count }, (_, index) => {
    const startMs = options.startMs + index * options.spacingMs;
    const throttled = startMs >= options.outageFromMs && index % 4 !== 0;

    return orderValidationTrace(new TraceDraft(random, startMs), throttled);
  });
}

function orderValidationTrace(
  draft: TraceDraft,
  throttled: boolean,
): BuiltTrace {
  const invocation = openLambdaInvocation(draft, {
    functionName: 'order-validation',
    emitter: 'node',
    startMs: draft.startMs,
    region: 'us-east-1',
  });
  const callStart = invocation.handlerStartMs + 2;
  awsCall(draft, invocation.functionSegment, {
    emitter: 'node',
    service: 'DynamoDB',
    operation: 'PutItem',
    resource: 'orders',
    region: 'us-east-1',
    startMs: callStart,
    durationMs: throttled ? 900 : 12,
    retries: throttled ? 9 : 0,
    outcome: throttled
      ? {
          kind: 'answered-error',
          status: 400,
          code: 'ProvisionedThroughputExceededException',
          message: 'Rate of requests exceeds the allowed throughput.',
        }
      : { kind: 'success' },
  });
  closeLambdaInvocation(draft, invocation, {
    handlerEndMs: callStart + (throttled ? 1000 : 20),
    result: throttled
      ? { kind: 'timeout', timeoutSeconds: 1 }
      : { kind: 'success' },
  });

  return draft.build();
}
