import { WorkflowErrorName } from '@org/domain';
import { describe, expect, it } from 'vitest';
import { LAMBDA_SERVICE_ERRORS } from '../../src/workflow/retry-policies.js';
import { synthTestStack, workflowDefinition } from './synth-template.js';

type Retrier = {
  ErrorEquals: string[];
  JitterStrategy?: string;
  BackoffRate?: number;
  MaxAttempts?: number;
  IntervalSeconds?: number;
  MaxDelaySeconds?: number;
};

/** The longest a retrier can keep a state retrying, in seconds. */
function longestRetrySeconds(retrier: Retrier): number {
  let total = 0;
  for (let attempt = 0; attempt < (retrier.MaxAttempts ?? 3); attempt++) {
    const delay =
      (retrier.IntervalSeconds ?? 1) * (retrier.BackoffRate ?? 2) ** attempt;
    total += Math.min(
      delay,
      retrier.MaxDelaySeconds ?? Number.POSITIVE_INFINITY,
    );
  }

  return total;
}

const { template } = synthTestStack();
const definition = workflowDefinition(template);
const states = definition.States;

function retriersOf(state: string): Retrier[] {
  return (states[state]?.Retry ?? []) as Retrier[];
}

function retrierFor(state: string, error: string): Retrier | undefined {
  return retriersOf(state).find((retrier) =>
    retrier.ErrorEquals.includes(error),
  );
}

describe('order workflow definition', () => {
  it('charges the payment, then fulfils the order, then succeeds', () => {
    expect(definition.StartAt).toBe('ChargePayment');
    expect(states.ChargePayment?.Next).toBe('FulfillOrder');
    expect(states.FulfillOrder?.Next).toBe('OrderFulfilled');
    expect(states.OrderFulfilled?.Type).toBe('Succeed');
  });

  it('uses JSONPath, never JSONata or variables', () => {
    expect(definition.QueryLanguage ?? 'JSONPath').toBe('JSONPath');
    for (const state of Object.values(states)) {
      expect(state.QueryLanguage ?? 'JSONPath').toBe('JSONPath');
      expect(state).not.toHaveProperty('Assign');
      expect(state).not.toHaveProperty('Arguments');
    }
  });

  it('passes { order } to payment-processing and keeps { paymentId } at $.payment', () => {
    const charge = states.ChargePayment as Record<string, any>;

    expect(charge.Parameters.Payload).toEqual({ 'order.$': '$.order' });
    expect(charge.ResultSelector).toEqual({
      'paymentId.$': '$.Payload.paymentId',
    });
    expect(charge.ResultPath).toBe('$.payment');
  });

  it('passes { order, payment } to fulfillment', () => {
    const fulfil = states.FulfillOrder as Record<string, any>;

    expect(fulfil.Parameters.Payload).toEqual({
      'order.$': '$.order',
      'payment.$': '$.payment',
    });
  });

  it.each(['ChargePayment', 'FulfillOrder'])(
    '%s retries Lambda throttling, service errors and its timeout with full jitter',
    (state) => {
      for (const error of [...LAMBDA_SERVICE_ERRORS, 'States.Timeout']) {
        const retrier = retrierFor(state, error);
        expect(retrier, error).toBeDefined();
        expect(retrier?.JitterStrategy).toBe('FULL');
        expect(retrier?.BackoffRate).toBeGreaterThan(1);
      }
      expect(states[state]?.TimeoutSeconds).toBeGreaterThan(0);
    },
  );

  it('retries PaymentProviderUnavailable but never PaymentDeclined', () => {
    const unavailable = retrierFor(
      'ChargePayment',
      WorkflowErrorName.PaymentProviderUnavailable,
    );

    expect(unavailable?.JitterStrategy).toBe('FULL');
    expect(
      retrierFor('ChargePayment', WorkflowErrorName.PaymentDeclined),
    ).toBeUndefined();
    expect(retrierFor('ChargePayment', 'States.ALL')).toBeUndefined();
  });

  it('does not retry OrderStateConflict in FulfillOrder', () => {
    expect(
      retrierFor('FulfillOrder', WorkflowErrorName.OrderStateConflict),
    ).toBeUndefined();
  });

  it.each(['ChargePayment', 'FulfillOrder'])(
    '%s catches everything into the failure path with the error at $.error',
    (state) => {
      expect(states[state]?.Catch).toEqual([
        {
          ErrorEquals: ['States.ALL'],
          ResultPath: '$.error',
          Next: 'MarkOrderFailed',
        },
      ]);
    },
  );

  it('marks the order FAILED with the formatted reason through DynamoDB directly', () => {
    const mark = states.MarkOrderFailed as Record<string, any>;

    expect(mark.Resource).toMatch(/:states:::dynamodb:updateItem$/);
    expect(mark.Parameters.Key).toEqual({
      orderId: { 'S.$': '$.order.orderId' },
    });
    expect(mark.Parameters.ExpressionAttributeValues[':status']).toEqual({
      S: 'FAILED',
    });
    expect(mark.Parameters.ExpressionAttributeValues[':reason']).toEqual({
      'S.$': "States.Format('{}: {}', $.error.Error, $.error.Cause)",
    });
    expect(mark.ResultPath).toBeNull();
    expect(mark.Next).toBe('EmitOrderFailed');
  });

  it('emits OrderFailed through EventBridge directly, then fails', () => {
    const emit = states.EmitOrderFailed as Record<string, any>;
    const [entry] = emit.Parameters.Entries;

    expect(emit.Resource).toMatch(/:states:::events:putEvents$/);
    expect(entry.Source).toBe('com.ecommerce.orders');
    expect(entry.DetailType).toBe('OrderFailed');
    expect(entry.Detail).toEqual({
      'orderId.$': '$.order.orderId',
      'reason.$': "States.Format('{}: {}', $.error.Error, $.error.Cause)",
    });
    expect(emit.Next).toBe('OrderFailed');
    expect(states.OrderFailed?.Type).toBe('Fail');
  });

  it('retries the failure path when DynamoDB throttles it', () => {
    const retrier = retrierFor(
      'MarkOrderFailed',
      'DynamoDB.ProvisionedThroughputExceededException',
    );

    expect(retrier?.JitterStrategy).toBe('FULL');
  });

  it.each(['MarkOrderFailed', 'EmitOrderFailed'])(
    'keeps retrying %s for minutes, longer than a throttling outage that failed the order',
    (state) => {
      const retrier = retrierFor(
        state,
        state === 'MarkOrderFailed'
          ? 'DynamoDB.ProvisionedThroughputExceededException'
          : 'EventBridge.FailedEntry',
      );
      if (!retrier) throw new Error(`${state} has no retrier`);

      // Full jitter waits half the longest on average.
      expect(longestRetrySeconds(retrier) / 2).toBeGreaterThanOrEqual(120);
    },
  );
});
