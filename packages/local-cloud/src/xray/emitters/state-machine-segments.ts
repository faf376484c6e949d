import type { SegmentDocument } from '../segment-document.js';
import {
  formatTraceHeader,
  newSegmentId,
  newTraceId,
  type TraceHeader,
} from '../trace-header.js';
import { causeOf, DEFAULT_REGION, nowSeconds } from './emitter-defaults.js';
import type { SegmentSink } from './segment-sink.js';

/** How a state, or one Lambda invoke of it, ended. */
export type StepOutcome =
  | { kind: 'success' }
  | {
      kind: 'error' | 'fault' | 'throttle';
      errorType: string;
      message: string;
      /** HTTP status of the failed call. Default 500, 429 or 400. */
      status?: number;
    };

/** Options of {@link startStateMachineTrace}. */
export interface StateMachineTraceOptions {
  sink: SegmentSink;
  stateMachineArn: string;
  executionArn: string;
  /** The `traceHeader` given to StartExecution; else a new trace. */
  upstream?: TraceHeader;
  /** Epoch seconds. Default now. */
  startTime?: number;
}

/** One Lambda invoke made by a Task state. */
export interface LambdaInvokeTrace {
  subsegmentId: string;
  /** The trace header to invoke the function with. */
  traceHeader: string;
  finish(options: { time?: number; outcome: StepOutcome }): void;
}

/** One state of an execution, open until finished. */
export interface StateTrace {
  /** Records one attempt of a Lambda invoke; retries call it again. */
  startLambdaInvoke(options: {
    functionName: string;
    time?: number;
  }): LambdaInvokeTrace;
  finish(options: { time?: number; outcome: StepOutcome }): void;
}

/** The trace of one state machine execution. */
export interface StateMachineTrace {
  traceId: string;
  segmentId: string;
  sampled: boolean;
  startState(name: string, time?: number): StateTrace;
  /** Sends the execution's segment with its states. */
  finish(options: {
    time?: number;
    status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
    error?: string;
    cause?: string;
  }): void;
}

/**
 * Opens the trace of a Step Functions execution: one
 * `AWS::StepFunctions::StateMachine` segment with a subsegment per state,
 * and under a Task state one `Lambda` subsegment (`aws.operation: Invoke`)
 * per attempt, each the parent of the invoked function's `AWS::Lambda`
 * segment. Failed attempts and states carry `error`/`fault`/`throttle` and
 * a `cause`.
 *
 * @example
 * const execution = startStateMachineTrace({ sink, stateMachineArn, executionArn, upstream });
 * const state = execution.startState('ChargePayment');
 * const invoke = state.startLambdaInvoke({ functionName: 'payment-processing' });
 * // invoke the function with invoke.traceHeader, then:
 * invoke.finish({ outcome: { kind: 'success' } });
 * state.finish({ outcome: { kind: 'success' } });
 * execution.finish({ status: 'SUCCEEDED' });
 */
export function startStateMachineTrace(
  options: StateMachineTraceOptions,
): StateMachineTrace {
  const traceId = options.upstream?.root ?? newTraceId();
  const sampled = options.upstream?.sampled ?? true;
  const segment: SegmentDocument = {
    id: newSegmentId(),
    trace_id: traceId,
    name: stateMachineName(options.stateMachineArn),
    origin: 'AWS::StepFunctions::StateMachine',
    start_time: options.startTime ?? nowSeconds(),
    ...(options.upstream?.parent ? { parent_id: options.upstream.parent } : {}),
    resource_arn: options.stateMachineArn,
    aws: {
      execution_arn: options.executionArn,
      state_machine_arn: options.stateMachineArn,
    },
    subsegments: [],
  };
  const headerFor = (parent: string) =>
    formatTraceHeader({ root: traceId, parent, sampled });

  return {
    traceId,
    segmentId: segment.id,
    sampled,
    startState(name, time) {
      const state: SegmentDocument = {
        id: newSegmentId(),
        name,
        start_time: time ?? nowSeconds(),
        subsegments: [],
      };
      segment.subsegments?.push(state);
      return stateTrace(state, headerFor);
    },
    finish({ time, status, error, cause }) {
      segment.end_time = time ?? nowSeconds();
      if (status !== 'SUCCEEDED') {
        segment.fault = true;
        segment.cause = causeOf(error ?? `States.${status}`, cause ?? status);
      }
      if (sampled) options.sink.send(segment);
    },
  };
}

function stateTrace(
  state: SegmentDocument,
  headerFor: (parent: string) => string,
): StateTrace {
  return {
    startLambdaInvoke({ functionName, time }) {
      const call: SegmentDocument = {
        id: newSegmentId(),
        name: 'Lambda',
        namespace: 'aws',
        start_time: time ?? nowSeconds(),
        aws: {
          operation: 'Invoke',
          function_name: functionName,
          region: DEFAULT_REGION,
          resource_names: [functionName],
        },
      };
      state.subsegments?.push(call);
      return {
        subsegmentId: call.id,
        traceHeader: headerFor(call.id),
        finish: ({ time: end, outcome }) => {
          call.end_time = end ?? nowSeconds();
          Object.assign(call, outcomeFields(outcome, true));
        },
      };
    },
    finish({ time, outcome }) {
      state.end_time = time ?? nowSeconds();
      Object.assign(state, outcomeFields(outcome, false));
    },
  };
}

function outcomeFields(
  outcome: StepOutcome,
  withHttp: boolean,
): Partial<SegmentDocument> {
  if (outcome.kind === 'success') {
    return withHttp ? { http: { response: { status: 200 } } } : {};
  }
  const status = outcome.status ?? defaultStatus(outcome.kind);
  const fields: Partial<SegmentDocument> = {
    [outcome.kind]: true,
    cause: causeOf(outcome.errorType, outcome.message, withHttp),
  };
  if (outcome.kind === 'throttle') fields.error = true;
  if (withHttp) fields.http = { response: { status } };

  return fields;
}

function defaultStatus(kind: 'error' | 'fault' | 'throttle'): number {
  if (kind === 'throttle') return 429;

  return kind === 'fault' ? 500 : 400;
}

function stateMachineName(stateMachineArn: string): string {
  return stateMachineArn.split(':').at(-1) || stateMachineArn;
}
