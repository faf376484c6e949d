import {
  ExecutionAbortedError,
  ExecutionError,
  ExecutionTimeoutError,
  type StateMachine,
} from 'aws-local-stepfunctions';
import type { SegmentSink } from '../xray/index.js';
import { contextObject } from './context-object.js';
import type {
  ExecutionRecord,
  ExecutionStatus,
  StateMachineRecord,
} from './execution-model.js';
import { ExecutionTrace, type StateEvent } from './execution-trace.js';
import { historyEventOf } from './history-events.js';
import {
  type FailureCounts,
  retryIntervalOverrides,
} from './retry-intervals.js';
import type { TaskBackends } from './task-backends.js';
import { taskHandlers } from './task-handlers.js';

/**
 * What {@link runExecution} needs besides the execution.
 *
 * @example
 * await runExecution(execution, { machine, runner, backends, retryIntervalScale: 0.001 });
 */
export interface RunExecutionOptions {
  machine: StateMachineRecord;
  /** The compiled definition of aws-local-stepfunctions. */
  runner: StateMachine;
  backends: TaskBackends;
  /** Where the execution's segments go; without one nothing is traced. */
  sink?: SegmentSink;
  retryIntervalScale: number;
  /** Aborting stops the execution as ABORTED; a reason `{ error, cause }` is recorded. */
  abortSignal?: AbortSignal;
}

type Ending = Pick<ExecutionRecord, 'status' | 'output' | 'error' | 'cause'>;

/**
 * Runs one execution to its end: Task states reach the given backends,
 * Retry waits are scaled, every event goes to the execution's history and
 * trace, and the record gets its status, output or error and stop date.
 *
 * @example
 * await runExecution(execution, { machine, runner, backends, sink, retryIntervalScale: 0.001 });
 */
export async function runExecution(
  execution: ExecutionRecord,
  options: RunExecutionOptions,
): Promise<void> {
  const { machine } = options;
  const trace = options.sink
    ? new ExecutionTrace({
        sink: options.sink,
        stateMachineArn: machine.stateMachineArn,
        executionArn: execution.executionArn,
        traceHeader: execution.traceHeader,
      })
    : undefined;
  let currentState: string | undefined;
  const failures: FailureCounts = new Map();
  const handlers = countFailures(
    taskHandlers(machine.definition, {
      backends: options.backends,
      stateTrace: (name) => trace?.state(name),
      traceHeader: trace?.traceHeader ?? execution.traceHeader,
    }),
    failures,
  );
  const run = options.runner.run(JSON.parse(execution.input), {
    overrides: {
      taskResourceLocalHandlers: handlers as never,
      retryIntervalOverrides: retryIntervalOverrides(
        machine.definition,
        options.retryIntervalScale,
        failures,
      ),
    },
    context: contextObject(machine, execution, () => currentState),
  });
  options.abortSignal?.addEventListener('abort', () => run.abort(), {
    once: true,
  });
  const followed = follow(run.eventLogs, execution, (event) => {
    if (event.type === 'StateEntered') currentState = event.state?.name;
    trace?.observe(event);
  });

  const ending = stoppedBy(
    await endingOf(run.result),
    options.abortSignal?.reason,
  );
  await followed;
  Object.assign(execution, ending, { stopDate: new Date() });
  trace?.finish(ending.status, ending.error, ending.cause);
}

function countFailures(
  handlers: Record<string, (input: unknown) => Promise<unknown>>,
  failures: FailureCounts,
): Record<string, (input: unknown) => Promise<unknown>> {
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [
      name,
      async (input: unknown) => {
        try {
          const output = await handler(input);
          failures.delete(name);
          return output;
        } catch (error) {
          failures.set(name, (failures.get(name) ?? 0) + 1);
          throw error;
        }
      },
    ]),
  );
}

async function follow(
  events: AsyncGenerator<unknown>,
  execution: ExecutionRecord,
  onEvent: (event: StateEvent) => void,
): Promise<void> {
  for await (const raw of events) {
    const event = raw as StateEvent;
    onEvent(event);
    execution.history.push(historyEventOf(event, execution.history.length + 1));
  }
}

function stoppedBy(ending: Ending, reason: unknown): Ending {
  if (ending.status !== 'ABORTED') return ending;
  const { error, cause } = (reason ?? {}) as Partial<Ending>;

  return { status: 'ABORTED', error, cause };
}

async function endingOf(result: Promise<unknown>): Promise<Ending> {
  try {
    const output = await result;
    return { status: 'SUCCEEDED', output: JSON.stringify(output ?? null) };
  } catch (error) {
    return failedEnding(error);
  }
}

function failedEnding(error: unknown): Ending {
  const stopped = (status: ExecutionStatus, name: string, cause: string) => ({
    status,
    error: name,
    cause,
  });
  if (error instanceof ExecutionTimeoutError) {
    return stopped('TIMED_OUT', 'States.Timeout', 'The execution timed out.');
  }
  if (error instanceof ExecutionAbortedError) {
    return stopped('ABORTED', 'States.Aborted', 'The execution was stopped.');
  }
  const failure =
    error instanceof ExecutionError && error.cause instanceof Error
      ? error.cause
      : error instanceof Error
        ? error
        : new Error(String(error));

  return stopped('FAILED', failure.name, failure.message);
}
