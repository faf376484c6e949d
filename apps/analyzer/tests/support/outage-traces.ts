import {
  awsCall,
  type BuiltTrace,
  closeLambdaInvocation,
  closeLambdaTaskState,
  httpCall,
  type OpenLambdaInvocation,
  openLambdaInvocation,
  openLambdaTaskState,
  openStateMachineExecution,
  type SeededRandom,
  seededRandom,
  TraceDraft,
  toBatchGetTracesPage,
} from '@org/testing';

/**
 * Options of {@link outageTraces}.
 *
 * @example
 * const scenario: OutageScenario = { count: 20, outage: { first: 5, last: 9 } };
 */
export interface OutageScenario {
  /** Traces in all, one every three seconds (default 40). */
  count?: number;
  /** Index of the first and last trace of the outage (default 14, 29). */
  outage?: { first: number; last: number };
  /** Name of the function that writes the orders (default order-validation). */
  functionName?: string;
  /** Message of the throttling exception (default DynamoDB's). */
  throttleMessage?: string;
}

/**
 * When the first trace starts: 2026-12-01 12:00:00 UTC.
 *
 * @example
 * new Date(OUTAGE_START_MS).toISOString(); // '2026-12-01T12:00:00.000Z'
 */
export const OUTAGE_START_MS = Date.UTC(2026, 11, 1, 12);

/**
 * Traces of the order pipeline with a DynamoDB throttle on `orders`
 * in the middle of the window: healthy orders go through validation,
 * the workflow and the payment provider; during the outage `PutItem` is
 * throttled after retries and the validation function fails, and every
 * third of those times out with the call unfinished. Deterministic.
 *
 * @example
 * const traces = outageTraces({ functionName: 'create-order' });
 */
export function outageTraces(scenario: OutageScenario = {}): BuiltTrace[] {
  const random = seededRandom(2026);
  const count = scenario.count ?? 40;
  const outage = scenario.outage ?? { first: 14, last: 29 };

  return Array.from({ length: count }, (_, index) => {
    const startMs = OUTAGE_START_MS + index * 3000;
    const inOutage = index >= outage.first && index <= outage.last;
    const phase = index - outage.first;
    if (!inOutage) return healthyOrder(random, startMs, scenario);

    return throttledOrder(random, startMs, scenario, phase % 3 === 2);
  });
}

/**
 * The scenario as the text of a BatchGetTraces response.
 *
 * @example
 * const traces = readTraces(outageTracesText());
 */
export function outageTracesText(scenario: OutageScenario = {}): string {
  return JSON.stringify(toBatchGetTracesPage(outageTraces(scenario)));
}

function openValidation(
  draft: TraceDraft,
  startMs: number,
  scenario: OutageScenario,
): OpenLambdaInvocation {
  return openLambdaInvocation(draft, {
    functionName: scenario.functionName ?? 'order-validation',
    emitter: 'node',
    startMs,
  });
}

function healthyOrder(
  random: SeededRandom,
  startMs: number,
  scenario: OutageScenario,
): BuiltTrace {
  const draft = new TraceDraft(random, startMs);
  const validation = openValidation(draft, startMs, scenario);
  const handlerStart = validation.handlerStartMs;
  awsCall(draft, validation.functionSegment, {
    emitter: 'node',
    service: 'DynamoDB',
    operation: 'PutItem',
    resource: 'orders',
    startMs: handlerStart + 2,
    durationMs: random.integer(8, 16),
    outcome: { kind: 'success' },
  });
  const start = awsCall(draft, validation.functionSegment, {
    emitter: 'node',
    service: 'StepFunctions',
    operation: 'StartExecution',
    resource:
      'arn:aws:states:eu-west-1:123456789012:stateMachine:order-workflow',
    startMs: handlerStart + 24,
    durationMs: random.integer(25, 40),
    outcome: { kind: 'success' },
  });
  closeLambdaInvocation(draft, validation, {
    handlerEndMs: handlerStart + 70,
    result: { kind: 'success' },
  });
  chargePayment(draft, random, handlerStart + 60, start.id);

  return draft.build();
}

function chargePayment(
  draft: TraceDraft,
  random: SeededRandom,
  startMs: number,
  parentId: string,
): void {
  const execution = openStateMachineExecution(draft, {
    stateMachineName: 'order-workflow',
    executionName: `order-${startMs}`,
    startMs,
    parentId,
  });
  const task = openLambdaTaskState(draft, execution, {
    stateName: 'ChargePayment',
    functionName: 'payment-processing',
    startMs: startMs + 5,
  });
  const payment = openLambdaInvocation(draft, {
    functionName: 'payment-processing',
    emitter: 'node',
    startMs: startMs + 30,
    parentId: task.invoke.id,
  });
  const chargeMs = random.integer(90, 160);
  httpCall(draft, payment.functionSegment, {
    url: 'https://api.payments.example/v1/charges',
    method: 'POST',
    startMs: payment.handlerStartMs + 3,
    durationMs: chargeMs,
    outcome: { kind: 'success' },
  });
  const endMs = closeLambdaInvocation(draft, payment, {
    handlerEndMs: payment.handlerStartMs + chargeMs + 10,
    result: { kind: 'success' },
  });
  closeLambdaTaskState(draft, task, { endMs: endMs + 8, failed: false });
  draft.close(execution, endMs + 12);
}

function throttledOrder(
  random: SeededRandom,
  startMs: number,
  scenario: OutageScenario,
  timesOut: boolean,
): BuiltTrace {
  const draft = new TraceDraft(random, startMs);
  const validation = openValidation(draft, startMs, scenario);
  const handlerStart = validation.handlerStartMs;
  const message =
    scenario.throttleMessage ??
    'The level of configured provisioned throughput for the table was exceeded.';
  const durationMs = random.integer(2200, 2600);
  awsCall(draft, validation.functionSegment, {
    emitter: 'node',
    service: 'DynamoDB',
    operation: 'PutItem',
    resource: 'orders',
    startMs: handlerStart + 2,
    durationMs,
    retries: 9,
    sentAlone: true,
    outcome: timesOut
      ? { kind: 'unfinished', sent: true }
      : {
          kind: 'answered-error',
          status: 400,
          code: 'ProvisionedThroughputExceededException',
          message,
        },
  });
  closeLambdaInvocation(draft, validation, {
    handlerEndMs: handlerStart + durationMs + 6,
    result: timesOut
      ? { kind: 'timeout', timeoutSeconds: 3 }
      : {
          kind: 'error',
          type: 'ProvisionedThroughputExceededException',
          message,
        },
  });

  return draft.build();
}
