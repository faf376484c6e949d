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
 * const { execution, created } = registry.start(machine, { stateMachineArn, name: 'order-1', input: '{}' });
 */
export class ExecutionRegistry {
  readonly #executions = new Map<string, ExecutionRecord>();
  readonly #running = new Set<Promise<unknown>>();

  /** Opens an execution, or finds the running one with the same name and input. */
  start(
    machine: StateMachineRecord,
    input: { name?: string; input?: string; traceHeader?: string },
  ): { execution: ExecutionRecord; created: boolean } {
    const name = input.name ?? randomUUID();
    assertValidName(name);
    const text = input.input ?? '{}';
    assertJson(text);
    const executionArn = executionArnOf(machine.stateMachineArn, name);
    const existing = this.#executions.get(executionArn);
    if (existing?.status === 'RUNNING' && existing.input === text) {
      return { execution: existing, created: false };
    }
    if (existing) {
      throw stepFunctionsApiError(
        'ExecutionAlreadyExists',
        `Execution Already Exists: '${executionArn}'; start it under another name.`,
      );
    }

    const execution: ExecutionRecord = {
      executionArn,
      stateMachineArn: machine.stateMachineArn,
      name,
      input: text,
      ...(input.traceHeader ? { traceHeader: input.traceHeader } : {}),
      status: 'RUNNING',
      startDate: new Date(),
      history: [],
      done: Promise.resolve() as unknown as Promise<ExecutionRecord>,
    };
    this.#executions.set(executionArn, execution);
    return { execution, created: true };
  }

  /** Ties a started execution to its run: `done` settles when the run ends. */
  settle(
    execution: ExecutionRecord,
    run: Promise<void>,
    onDone?: (execution: ExecutionRecord) => void,
  ): void {
    const done = run
      .catch((error: unknown) => {
        Object.assign(execution, {
          status: 'FAILED',
          error: 'States.Runtime',
          cause: error instanceof Error ? error.message : String(error),
          stopDate: new Date(),
        });
      })
      .then(() => {
        onDone?.(execution);
        return execution;
      });
    execution.done = done;
    this.#running.add(done);
    void done.finally(() => this.#running.delete(done));
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
