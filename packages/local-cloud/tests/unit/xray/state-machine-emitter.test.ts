import { describe, expect, it } from 'vitest';
import {
  assembleTrace,
  createSegmentStore,
  parseTraceHeader,
  type SegmentDocument,
  startLambdaTrace,
  startStateMachineTrace,
  storeSink,
} from '../../../src/xray/index.js';
import { EPOCH, TRACE_ID } from './segment-fixtures.js';

const STATE_MACHINE_ARN =
  'arn:aws:states:us-east-1:000000000000:stateMachine:OrderWorkflow';
const EXECUTION_ARN =
  'arn:aws:states:us-east-1:000000000000:execution:OrderWorkflow:order-1';

describe('startStateMachineTrace', () => {
  it('records each state, each invoke attempt and the failure of the execution', () => {
    const sent: SegmentDocument[] = [];
    const execution = startStateMachineTrace({
      sink: { send: (document) => sent.push(document) },
      stateMachineArn: STATE_MACHINE_ARN,
      executionArn: EXECUTION_ARN,
      upstream: parseTraceHeader(
        `Root=${TRACE_ID};Parent=00000000000000f1;Sampled=1`,
      ),
      startTime: EPOCH,
    });

    const charge = execution.startState('ChargePayment', EPOCH + 0.1);
    const first = charge.startLambdaInvoke({
      functionName: 'payment-processing',
      time: EPOCH + 0.1,
    });
    first.finish({
      time: EPOCH + 0.2,
      outcome: {
        kind: 'throttle',
        errorType: 'Lambda.TooManyRequestsException',
        message: 'Rate Exceeded.',
      },
    });
    const retry = charge.startLambdaInvoke({
      functionName: 'payment-processing',
      time: EPOCH + 1,
    });
    retry.finish({
      time: EPOCH + 1.5,
      outcome: { kind: 'fault', errorType: 'Error', message: 'gateway down' },
    });
    charge.finish({
      time: EPOCH + 1.5,
      outcome: { kind: 'fault', errorType: 'Error', message: 'gateway down' },
    });
    execution.finish({
      time: EPOCH + 1.6,
      status: 'FAILED',
      error: 'Error',
      cause: 'gateway down',
    });

    const [segment] = sent;
    expect(segment).toMatchObject({
      name: 'OrderWorkflow',
      origin: 'AWS::StepFunctions::StateMachine',
      parent_id: '00000000000000f1',
      fault: true,
      aws: { execution_arn: EXECUTION_ARN },
    });
    const state = segment?.subsegments?.[0];
    expect(state).toMatchObject({ name: 'ChargePayment', fault: true });
    expect(
      state?.subsegments?.map((call) => [
        call.aws?.operation,
        call.throttle,
        call.fault,
      ]),
    ).toEqual([
      ['Invoke', true, undefined],
      ['Invoke', undefined, true],
    ]);
    expect(first.traceHeader).toBe(
      `Root=${TRACE_ID};Parent=${first.subsegmentId};Sampled=1`,
    );
  });

  it('makes the invoke subsegment the parent of the function AWS::Lambda segment', () => {
    const store = createSegmentStore();
    const sink = storeSink(store);
    const execution = startStateMachineTrace({
      sink,
      stateMachineArn: STATE_MACHINE_ARN,
      executionArn: EXECUTION_ARN,
      startTime: EPOCH,
    });
    const state = execution.startState('FulfillOrder', EPOCH);
    const invoke = state.startLambdaInvoke({
      functionName: 'fulfillment',
      time: EPOCH,
    });
    const lambda = startLambdaTrace({
      sink,
      functionName: 'fulfillment',
      requestId: 'r',
      upstream: parseTraceHeader(invoke.traceHeader),
      receivedAt: EPOCH + 0.01,
    });
    lambda.finish({
      invocation: { start: EPOCH + 0.02, end: EPOCH + 0.5 },
      outcome: { kind: 'success' },
    });
    invoke.finish({ time: EPOCH + 0.51, outcome: { kind: 'success' } });
    state.finish({ time: EPOCH + 0.51, outcome: { kind: 'success' } });
    execution.finish({ time: EPOCH + 0.52, status: 'SUCCEEDED' });

    const stored = store.getTrace(execution.traceId);
    if (!stored) throw new Error('the trace was not stored');
    const trace = assembleTrace(stored);

    expect(trace.root?.origin).toBe('AWS::StepFunctions::StateMachine');
    const service = trace.segments.find(
      (segment) => segment.origin === 'AWS::Lambda',
    );
    expect(service?.parent_id).toBe(invoke.subsegmentId);
    expect(trace.segments.some((segment) => segment.inferred)).toBe(false);
  });
});
