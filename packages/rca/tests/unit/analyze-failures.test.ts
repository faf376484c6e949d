import { describe, expect, it } from 'vitest';
import { analyze, readTraces, type SegmentDocument } from '../../src/index.js';
import {
  chargeCard,
  duplicateOrder,
  idOf,
  invocations,
  lambdaInvocation,
  putOrder,
  throttledPutOrder,
  traceIdOf,
} from './trace-builders.js';

const timedOut = {
  type: 'Error',
  message: 'Task timed out after 3.00 seconds',
};

function throttleOutage(count = 160): SegmentDocument[] {
  return invocations(count, (index) => {
    const outage = index >= count / 2 && index % 4 !== 0;
    if (!outage)
      return { functionName: 'order-validation', calls: [putOrder()] };
    const neverFinished = index % 5 === 0;

    return {
      functionName: 'order-validation',
      calls: [
        neverFinished ? putOrder({ inProgress: true }) : throttledPutOrder(),
      ],
      failure: timedOut,
    };
  });
}

describe('analyze: where trouble starts', () => {
  it('names a DynamoDB throttle that makes the function time out', () => {
    const report = analyze(readTraces(throttleOutage()));

    const [first] = report.rootCauses;
    expect(first).toMatchObject({
      rank: 1,
      service: 'DynamoDB',
      resource: 'orders',
      operation: 'PutItem',
      kind: 'throttle',
      exception: 'ProvisionedThroughputExceededException',
    });
    expect(first?.symptoms).toContain('order-validation timed out');
    expect(first?.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('counts traces whose throttled call never finished for the throttle', () => {
    const report = analyze(readTraces(throttleOutage()));

    const [first] = report.rootCauses;
    expect(first?.tracesAffected).toBe(60);
    expect(first?.evidence).toContainEqual(
      expect.objectContaining({ kind: 'unfinished-calls', count: 12 }),
    );
  });

  it('follows a failed workflow through its task function to an HTTP 503', () => {
    const documents = invocations(40, (index) => ({
      functionName: 'charge-payment',
      calls: [
        index >= 20 ? chargeCard({ status: 503, fault: true }) : chargeCard(),
      ],
      ...(index >= 20
        ? { failure: { type: 'PaymentError', message: 'provider unavailable' } }
        : {}),
    }));
    const workflow = Array.from({ length: 40 }, (_, index) => {
      const failed = index >= 20;
      const start = 1_700_000_000 + index - 0.01;
      return stateMachine(index, start, failed);
    });
    for (const document of documents) {
      if (document.origin === 'AWS::Lambda') {
        const index = Number.parseInt(document.id?.slice(4) ?? '0', 16);
        document.parent_id = idOf(0x7, index);
      }
    }

    const report = analyze(readTraces([...workflow, ...documents]));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'api.payments.example',
      kind: 'fault',
      operation: 'POST /v1/charges',
      tracesAffected: 20,
    });
    expect(report.rootCauses[0]?.symptoms).toEqual(
      expect.arrayContaining([
        'charge-payment returned an error',
        'fulfilment returned an error',
      ]),
    );
  });

  it('names the function when it throws without a failing call', () => {
    const documents = invocations(60, (index) => ({
      functionName: 'notify-customer',
      calls: [putOrder()],
      ...(index >= 30
        ? {
            failure: {
              type: 'TypeError',
              message: "Cannot read properties of undefined (reading 'email')",
            },
          }
        : {}),
    }));

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'notify-customer',
      kind: 'error',
      exception: 'TypeError',
      tracesAffected: 30,
    });
  });

  it('follows a cause reference to the call that recorded the exception', () => {
    const documents = lambdaInvocation({
      index: 1,
      functionName: 'pricing',
      calls: [
        chargeCard({ url: 'https://tax.partner.example/rates', method: 'GET' }),
      ],
    });
    const functionSegment = documents[1] as SegmentDocument;
    functionSegment.fault = true;
    functionSegment.cause = idOf(0xc, 1, 0);

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'tax.partner.example',
      kind: 'fault',
    });
  });

  it('traces a bare function timeout to a call seen hanging elsewhere', () => {
    const documents = invocations(80, (index) => {
      const calls = [putOrder(), chargeCard()];
      if (index < 40 || index % 2 === 0)
        return { functionName: 'checkout', calls };
      const hanging = index % 3 === 0 ? [chargeCard({ inProgress: true })] : [];

      return {
        functionName: 'checkout',
        calls: [putOrder(), ...hanging],
        ownTime: 3,
        failure: timedOut,
      };
    });

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'api.payments.example',
      kind: 'timeout',
      tracesAffected: 20,
    });
  });

  it('blames the function for a timeout when no call was seen hanging', () => {
    const documents = invocations(80, (index) => {
      const calls = [putOrder(), chargeCard()];
      if (index < 40 || index % 2 === 0)
        return { functionName: 'checkout', calls };

      return {
        functionName: 'checkout',
        calls: [putOrder()],
        ownTime: 3,
        failure: timedOut,
      };
    });

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'checkout',
      kind: 'timeout',
      tracesAffected: 20,
    });
  });
});

describe('analyze: noise', () => {
  it('ignores conditional check failures the baseline has at the same rate', () => {
    const documents = invocations(200, (index) => {
      const duplicate = index % 10 === 0;
      const outage = index >= 100 && index % 3 === 0 && !duplicate;
      return {
        functionName: 'checkout',
        calls: [
          duplicate ? duplicateOrder() : putOrder(),
          outage ? chargeCard({ status: 502, fault: true }) : chargeCard(),
        ],
        ...(outage
          ? { failure: { type: 'Error', message: 'payment failed' } }
          : {}),
      };
    });

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'api.payments.example',
      kind: 'fault',
    });
    expect(
      report.rootCauses.some((cause) => cause.service === 'DynamoDB'),
    ).toBe(false);
  });

  it('does not rank a single unrelated fault above the outage', () => {
    const documents = throttleOutage(200);
    const stray = lambdaInvocation({
      index: 10,
      functionName: 'order-validation',
      calls: [putOrder(), chargeCard({ status: 500, fault: true })],
    });
    const withStray = documents
      .filter((document) => document.trace_id !== traceIdOf(10))
      .concat(stray);

    const report = analyze(readTraces(withStray));

    expect(report.rootCauses[0]?.service).toBe('DynamoDB');
    const strayCause = report.rootCauses.find(
      (cause) => cause.service === 'api.payments.example',
    );
    expect(strayCause === undefined || strayCause.confidence < 0.1).toBe(true);
  });
});

function stateMachine(
  index: number,
  start: number,
  failed: boolean,
): SegmentDocument {
  const flags = failed ? { error: true } : {};
  return {
    id: idOf(0x5, index),
    trace_id: traceIdOf(index),
    name: 'fulfilment',
    origin: 'AWS::StepFunctions::StateMachine',
    start_time: start,
    end_time: start + 1,
    ...flags,
    subsegments: [
      {
        id: idOf(0x6, index),
        name: 'ChargePayment',
        start_time: start + 0.001,
        end_time: start + 0.9,
        ...flags,
        subsegments: [
          {
            id: idOf(0x7, index),
            name: 'Lambda',
            namespace: 'aws',
            start_time: start + 0.002,
            end_time: start + 0.8,
            aws: { operation: 'Invoke', function_name: 'charge-payment' },
            http: { response: { status: 200 } },
          },
        ],
      },
    ],
  };
}

describe('analyze: timeouts without a message', () => {
  it('calls failures that all stop at the same longest duration timeouts', () => {
    const documents = invocations(60, (index) => {
      if (index < 30) return { functionName: 'report', calls: [putOrder()] };

      return {
        functionName: 'report',
        calls: [putOrder()],
        ownTime: 3,
        failure: { message: 'Unhandled' },
      };
    });

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'report',
      kind: 'timeout',
      tracesAffected: 30,
    });
  });
});

describe('analyze: Lambda throttles', () => {
  it('names a throttle Lambda recorded before the function ran as Lambda Invoke', () => {
    const documents: SegmentDocument[] = [];
    for (let index = 0; index < 30; index += 1) {
      const start = 1_700_000_000 + index;
      const traceId = traceIdOf(index);
      documents.push({
        id: idOf(0x1, index),
        trace_id: traceId,
        name: 'orders-api/prod',
        origin: 'AWS::ApiGateway::Stage',
        start_time: start,
        end_time: start + 0.05,
        fault: true,
        http: { response: { status: 502 } },
        subsegments: [
          {
            id: idOf(0x2, index),
            name: 'Lambda',
            namespace: 'aws',
            start_time: start + 0.001,
            end_time: start + 0.04,
            aws: { operation: 'Invoke', function_name: 'payment-processing' },
          },
        ],
      });
      documents.push({
        id: idOf(0x3, index),
        trace_id: traceId,
        parent_id: idOf(0x2, index),
        name: 'payment-processing',
        origin: 'AWS::Lambda',
        start_time: start + 0.002,
        end_time: start + 0.002,
        error: true,
        throttle: true,
        http: { response: { status: 429 } },
        cause: {
          exceptions: [
            { type: 'TooManyRequestsException', message: 'Rate Exceeded.' },
          ],
        },
      });
    }

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'Lambda',
      resource: 'payment-processing',
      operation: 'Invoke',
      kind: 'throttle',
      tracesAffected: 30,
    });
  });
});

describe('analyze: noise without a baseline', () => {
  it('ranks a rare real fault above frequent 4xx answers of the entry', () => {
    const documents = invocations(100, (index) => {
      const fault = index % 10 === 3;
      return {
        functionName: 'checkout',
        calls: [
          putOrder(),
          fault ? chargeCard({ status: 500, fault: true }) : chargeCard(),
        ],
        ...(fault ? { failure: { message: 'payment failed' } } : {}),
      };
    });
    for (const document of documents) {
      const index = Number.parseInt(document.id?.slice(4) ?? '0', 16);
      if (document.origin === 'AWS::Lambda' && index % 4 === 0) {
        document.error = true;
        document.http = { response: { status: 404 } };
      }
    }

    const report = analyze(readTraces(documents));

    expect(report.baseline.kind).toBe('none');
    expect(report.rootCauses[0]).toMatchObject({
      service: 'api.payments.example',
      kind: 'fault',
    });
  });
});

describe('analyze: redelivered invocations', () => {
  it('judges each invocation of a trace on its own calls', () => {
    const documents = invocations(30, () => ({
      functionName: 'shipping-worker',
      calls: [chargeCard(), putOrder()],
    }));
    for (let index = 30; index < 60; index += 1) {
      const attempts = [
        { calls: [chargeCard({ inProgress: true })] },
        { calls: [putOrder()] },
      ].flatMap((attempt, position) =>
        lambdaInvocation({
          index: 1000 + index * 2 + position,
          start: 1_700_000_000 + index + position * 0.4,
          functionName: 'shipping-worker',
          ownTime: 0.3,
          failure: timedOut,
          ...attempt,
        }),
      );
      for (const document of attempts) document.trace_id = traceIdOf(index);
      documents.push(...attempts);
    }

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'api.payments.example',
      kind: 'timeout',
      tracesAffected: 30,
    });
    const causes = report.rootCauses.map((cause) => cause.service);
    expect(causes).not.toContain('shipping-worker');
  });
});

describe('analyze: gateway timeouts', () => {
  it('follows a 504 of the gateway down to the call that used the time', () => {
    const documents = invocations(60, (index) => ({
      functionName: 'create-order',
      calls: [putOrder({ duration: index >= 30 ? 29.5 : 0.012 })],
    }));
    const gateways: SegmentDocument[] = [];
    for (const document of documents) {
      if (document.origin !== 'AWS::Lambda') continue;
      const index = Number.parseInt(document.id?.slice(4) ?? '0', 16);
      const start = (document.start_time ?? 0) - 0.005;
      const slow = index >= 30;
      document.parent_id = idOf(0x2, index);
      gateways.push({
        id: idOf(0x1, index),
        trace_id: document.trace_id,
        name: 'orders-api/prod',
        origin: 'AWS::ApiGateway::Stage',
        start_time: start,
        end_time: start + (slow ? 29 : 0.05),
        ...(slow ? { fault: true, http: { response: { status: 504 } } } : {}),
        subsegments: [
          {
            id: idOf(0x2, index),
            name: 'Lambda',
            namespace: 'aws',
            start_time: start + 0.001,
            end_time: start + (slow ? 29 : 0.045),
            aws: { operation: 'Invoke', function_name: 'create-order' },
          },
        ],
      });
    }

    const report = analyze(readTraces([...gateways, ...documents]));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      resource: 'orders',
      kind: 'timeout',
      tracesAffected: 30,
    });
  });
});
