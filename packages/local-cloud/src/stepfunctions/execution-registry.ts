import { randomUUID } from 'node:crypto';
import type {
  ExecutionRecord,
  ExecutionStatus,
  StateMachineRecord,
} from './execution-model.js';
import { assertValidName, executionArnOf } from './names.js';
import { stepFunctionsApiError } from './stepfunctions-errors.js';

/**
 * The executions of every state machine: starts them idempotently by
 * name, lists them, and knows when they are all done.
 *
 * @example
 * const execution = registry.start(machine, { name: 'order-1', input: '{}' }, run);
 */
export class ExecutionRegistry {
  readonly #executions = new Map<string, ExecutionRecord>();
  readonly #running = new Set<Promise<unknown>>();

  /**
   * Opens an execution and launches its run, or answers the running one
   * with the same name and input. `done` settles when the run ends, after
   * `onDone`; a run that throws leaves the execution FAILED with
   * `States.Runtime`.
   */
  start(
    machine: StateMachineRecord,
    input: { name?: string; input?: string; traceHeader?: string },
    launch: (execution: ExecutionRecord) => Promise<void>,
    onDone?: (execution: ExecutionRecord) => void,
  ): ExecutionRecord {
    const name = input.name ?? randomUUID();
    assertValidName(name);
    const text = input.input ?? '{}';
    assertJson(text);
    const executionArn = executionArnOf(machine.stateMachineArn, name);
    const existing = this.#executions.get(executionArn);
    if (existing?.status === 'RUNNING' && existing.input === text) {
      return existing;
    }
    if (existing) {
      throw stepFunctionsApiError(
        'ExecutionAlreadyExists',
        `Execution Already Exists: '${executionArn}'; start it under another name.`,
      );
    }

    let resolve: (execution: ExecutionRecord) => void = () => {};
    const done = new Promise<ExecutionRecord>((settle) => {
      resolve = settle;
    });
    const execution: ExecutionRecord = {
      executionArn,
      stateMachineArn: machine.stateMachineArn,
      name,
      input: text,
      ...(input.traceHeader ? { traceHeader: input.traceHeader } : {}),
      status: 'RUNNING',
      startDate: new Date(),
      history: [],
      done,
    };
    this.#executions.set(executionArn, execution);
    this.#running.add(done);
    void done.finally(() => this.#running.delete(done));
    launch(execution)
      .catch((error: unknown) => runFailed(execution, error))
      .then(() => onDone?.(execution))
      .finally(() => resolve(execution));
    return execution;
  }

  get(executionArn: string): ExecutionRecord | undefined {
    return this.#executions.get(executionArn);
  }

  /** Newest first. */
  list(filter: {
    stateMachineArn?: string;
    status?: ExecutionStatus;
  }): ExecutionRecord[] {
    return [...this.#executions.values()]
      .filter(
        (execution) =>
          (filter.stateMachineArn === undefined ||
            execution.stateMachineArn === filter.stateMachineArn) &&
          (filter.status === undefined || execution.status === filter.status),
      )
      .reverse();
  }

  async idle(): Promise<void> {
    while (this.#running.size > 0) {
      await Promise.allSettled([...this.#running]);
    }
  }
}

function runFailed(execution: ExecutionRecord, error: unknown): void {
  if (execution.status !== 'RUNNING') return;

  Object.assign(execution, {
    status: 'FAILED',
    error: 'States.Runtime',
    cause: error instanceof Error ? error.message : String(error),
    stopDate: new Date(),
  });
}

function assertJson(text: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    throw stepFunctionsApiError(
      'InvalidExecutionInput',
      `Invalid Execution Input: ${text}; give a JSON document.`,
      { cause: error },
    );
  }
}
