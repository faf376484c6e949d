import {
  formatTraceHeader,
  type LambdaInvokeTrace,
  parseTraceHeader,
  type SegmentSink,
  type StateMachineTrace,
  type StateTrace,
  type StepOutcome,
  startStateMachineTrace,
  type TraceHeader,
} from '../xray/index.js';
import type { ExecutionStatus } from './execution-model.js';
import { causeText } from './history-events.js';

/**
 * A state event of aws-local-stepfunctions' event log, as read here.
 *
 * @example
 * trace.observe({ type: 'StateEntered', timestamp: Date.now(), state: { name: 'ChargePayment' } });
 */
export interface StateEvent {
  type: string;
  timestamp: number;
  state?: { name: string; type?: string; input?: unknown; output?: unknown };
  input?: unknown;
  output?: unknown;
  Error?: string;
  Cause?: unknown;
}

/**
 * The X-Ray trace of one execution: the state machine segment, a
 * subsegment per visited state (opened when the state is entered or its
 * Task first runs, closed when it exits, is caught, or the execution
 * ends) and the Lambda Invoke subsegments the Task handlers add.
 *
 * @example
 * const trace = new ExecutionTrace({ sink, stateMachineArn, executionArn, traceHeader });
 * trace.observe(event);
 * trace.finish('SUCCEEDED');
 */
export class ExecutionTrace {
  readonly #trace: StateMachineTrace;
  readonly #open = new Map<string, StateTrace>();
  readonly #lastFailure = new Map<string, StepOutcome>();
  /** Invoke subsegments still waiting for their function, per state. */
  readonly #pendingInvokes = new Map<string, Set<LambdaInvokeTrace>>();

  constructor(options: {
    sink: SegmentSink;
    stateMachineArn: string;
    executionArn: string;
    traceHeader?: string;
  }) {
    this.#trace = startStateMachineTrace({
      sink: options.sink,
      stateMachineArn: options.stateMachineArn,
      executionArn: options.executionArn,
      upstream: upstreamOf(options.traceHeader),
    });
  }

  /** The trace header naming the execution segment as parent. */
  get traceHeader(): string {
    return formatTraceHeader({
      root: this.#trace.traceId,
      parent: this.#trace.segmentId,
      sampled: this.#trace.sampled,
    });
  }

  /** The open subsegment of a state, opened now if it is not. */
  state(name: string, time?: number): StateTrace {
    const open = this.#open.get(name);
    if (open) return open;

    const state = this.#tracked(name, this.#trace.startState(name, time));
    this.#open.set(name, state);
    return state;
  }

  /** Follows one event of the execution's event log. */
  observe(event: StateEvent): void {
    const name = event.state?.name;
    if (name === undefined) return;
    const time = event.timestamp / 1000;

    if (event.type === 'StateEntered') this.state(name, time);
    if (event.type === 'StateFailed') {
      this.#lastFailure.set(name, failureOf(event));
      this.#endPendingInvokes(name, time, failureOf(event));
    }
    if (event.type === 'StateExited') {
      this.#close(name, time, { kind: 'success' });
    }
    if (event.type === 'StateCaught') {
      this.#close(name, time, this.#failure(name));
    }
  }

  /** Closes the open states and sends the execution segment. */
  finish(status: ExecutionStatus, error?: string, cause?: string): void {
    const time = Date.now() / 1000;
    for (const name of [...this.#open.keys()]) {
      this.#close(name, time, this.#failure(name));
    }
    if (status === 'RUNNING') return;

    this.#trace.finish({ time, status, error, cause });
  }

  #close(name: string, time: number, outcome: StepOutcome): void {
    this.#endPendingInvokes(name, time, outcome);
    this.#pendingInvokes.delete(name);
    this.#open.get(name)?.finish({ time, outcome });
    this.#open.delete(name);
    this.#lastFailure.delete(name);
  }

  // A Task that timed out leaves its function running: its invoke
  // subsegment ends with the failed attempt.
  #endPendingInvokes(name: string, time: number, outcome: StepOutcome) {
    for (const invoke of this.#pendingInvokes.get(name) ?? []) {
      invoke.finish({ time, outcome });
    }
  }

  #tracked(name: string, state: StateTrace): StateTrace {
    const pending = new Set<LambdaInvokeTrace>();
    this.#pendingInvokes.set(name, pending);

    return {
      startLambdaInvoke: (options) => {
        const invoke = state.startLambdaInvoke(options);
        const tracked: LambdaInvokeTrace = {
          ...invoke,
          finish: (result) => {
            if (!pending.delete(tracked)) return;
            invoke.finish(result);
          },
        };
        pending.add(tracked);
        return tracked;
      },
      finish: (result) => state.finish(result),
    };
  }

  #failure(name: string): StepOutcome {
    return (
      this.#lastFailure.get(name) ?? {
        kind: 'fault',
        errorType: 'States.Runtime',
        message: `state ${name} did not finish`,
      }
    );
  }
}

function failureOf(event: StateEvent): StepOutcome {
  return {
    kind: 'error',
    errorType: event.Error ?? 'States.TaskFailed',
    message: causeText(event.Cause),
  };
}

function upstreamOf(traceHeader: string | undefined): TraceHeader | undefined {
  if (!traceHeader) return undefined;
  try {
    return parseTraceHeader(traceHeader);
  } catch {
    return undefined;
  }
}
