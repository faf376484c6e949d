import { StateMachine } from 'aws-local-stepfunctions';
import { LOCAL_ACCOUNT_ID } from '../dynamodb/throttle-error.js';
import type { SegmentSink } from '../xray/index.js';
import type {
  ExecutionRecord,
  ExecutionStatus,
  StateMachineRecord,
} from './execution-model.js';
import { ExecutionRegistry } from './execution-registry.js';
import { assertValidName, stateMachineArnOf } from './names.js';
import { ensurePromiseWithResolvers } from './promise-with-resolvers.js';
import { DEFAULT_RETRY_INTERVAL_SCALE } from './retry-intervals.js';
import { runExecution } from './run-execution.js';
import { stepFunctionsApiError } from './stepfunctions-errors.js';
import type { TaskBackends } from './task-backends.js';

/**
 * Options of {@link LocalStepFunctions}; every one has a default.
 *
 * @example
 * const options: LocalStepFunctionsOptions = { invokeFunction, events: cloud.events, retryIntervalScale: 0.01 };
 */
export interface LocalStepFunctionsOptions extends TaskBackends {
  /** Region in ARNs. Default `us-east-1`. */
  region?: string;
  /** Account in ARNs. Default `000000000000`. */
  accountId?: string;
  /** Where execution segments go (`storeSink(cloud.xray.store)`); none: no traces. */
  sink?: SegmentSink;
  /** Share of real Retry waits to sleep. Default 0.001 (2 s waits 2 ms); 1 waits as AWS does. */
  retryIntervalScale?: number;
  /** Called once per execution when it stops, after its record is final. */
  onExecutionDone?: (execution: ExecutionRecord) => void;
}

/**
 * What {@link LocalStepFunctions.createStateMachine} takes.
 *
 * @example
 * stepFunctions.createStateMachine({ name: 'order-workflow', definition: '{"StartAt":…}' });
 */
export interface CreateStateMachineInput {
  name: string;
  /** The Amazon States Language definition, as JSON text or an object. */
  definition: string | Record<string, unknown>;
  /** Default `arn:aws:iam::<account>:role/<name>-role`. */
  roleArn?: string;
  /** Default `STANDARD`. */
  type?: 'STANDARD' | 'EXPRESS';
}

/**
 * What {@link LocalStepFunctions.startExecution} takes.
 *
 * @example
 * stepFunctions.startExecution({ stateMachineArn, name: 'order-1', input: '{}', traceHeader });
 */
export interface StartExecutionInput {
  stateMachineArn: string;
  /** Default a random UUID. */
  name?: string;
  /** JSON text. Default `{}`. */
  input?: string;
  /** The X-Ray trace header to continue. */
  traceHeader?: string;
}

/**
 * Step Functions in process: state machines run by aws-local-stepfunctions
 * with their Task states served by the local cloud (Lambda through an
 * injected `invokeFunction`, DynamoDB, EventBridge), Retry waits scaled
 * down, and an `AWS::StepFunctions::StateMachine` trace per execution.
 *
 * @example
 * const stepFunctions = new LocalStepFunctions({
 *   invokeFunction, dynamodb: cloud.dynamodb, events: cloud.events,
 *   sink: storeSink(cloud.xray.store),
 * });
 * const machine = stepFunctions.createStateMachine({ name: 'order-workflow', definition });
 * const execution = stepFunctions.startExecution({ stateMachineArn: machine.stateMachineArn, input: '{}' });
 * await stepFunctions.waitForExecution(execution.executionArn);
 */
export class LocalStepFunctions {
  readonly region: string;
  readonly accountId: string;
  readonly #options: LocalStepFunctionsOptions;
  readonly #machines = new Map<string, StateMachineRecord>();
  readonly #runners = new Map<string, StateMachine>();
  readonly #executions = new ExecutionRegistry();
  readonly #stops = new Map<string, AbortController>();

  constructor(options: LocalStepFunctionsOptions = {}) {
    ensurePromiseWithResolvers();
    this.#options = options;
    this.region = options.region ?? 'us-east-1';
    this.accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  }

  /**
   * Registers a state machine. The same name with the same definition
   * answers the existing one; another definition is refused with
   * `StateMachineAlreadyExists`, a definition aws-local-stepfunctions
   * rejects with `InvalidDefinition`.
   */
  createStateMachine(input: CreateStateMachineInput): StateMachineRecord {
    assertValidName(input.name);
    const definitionText =
      typeof input.definition === 'string'
        ? input.definition
        : JSON.stringify(input.definition);
    const arn = stateMachineArnOf(this.region, this.accountId, input.name);
    const existing = this.#machines.get(arn);
    if (existing?.definitionText === definitionText) return existing;
    if (existing) {
      throw stepFunctionsApiError(
        'StateMachineAlreadyExists',
        `State Machine Already Exists: '${arn}' with another definition; pick another name.`,
      );
    }

    const definition = parseDefinition(definitionText);
    this.#runners.set(arn, compile(definition));
    const machine: StateMachineRecord = {
      name: input.name,
      stateMachineArn: arn,
      definition,
      definitionText,
      roleArn:
        input.roleArn ??
        `arn:aws:iam::${this.accountId}:role/${input.name}-role`,
      type: input.type ?? 'STANDARD',
      creationDate: new Date(),
    };
    this.#machines.set(arn, machine);
    return machine;
  }

  /** The state machine with this ARN or name. */
  stateMachine(arnOrName: string): StateMachineRecord | undefined {
    return (
      this.#machines.get(arnOrName) ??
      [...this.#machines.values()].find(({ name }) => name === arnOrName)
    );
  }

  /** Every state machine, in creation order. */
  stateMachines(): StateMachineRecord[] {
    return [...this.#machines.values()];
  }

  /**
   * Starts an execution and answers at once. As on AWS for standard
   * workflows, the same name and input as a running execution answers
   * that execution; a stopped one, or other input, is refused with
   * `ExecutionAlreadyExists`.
   */
  startExecution(input: StartExecutionInput): ExecutionRecord {
    const machine = this.#machines.get(input.stateMachineArn);
    const runner = this.#runners.get(input.stateMachineArn);
    if (!machine || !runner) {
      throw stepFunctionsApiError(
        'StateMachineDoesNotExist',
        `State Machine Does Not Exist: '${input.stateMachineArn}'`,
      );
    }

    const launch = (execution: ExecutionRecord) => {
      const stop = new AbortController();
      this.#stops.set(execution.executionArn, stop);
      return runExecution(execution, {
        machine,
        runner,
        backends: this.#options,
        sink: this.#options.sink,
        retryIntervalScale:
          this.#options.retryIntervalScale ?? DEFAULT_RETRY_INTERVAL_SCALE,
        abortSignal: stop.signal,
      }).finally(() => this.#stops.delete(execution.executionArn));
    };

    return this.#executions.start(
      machine,
      input,
      launch,
      this.#options.onExecutionDone,
    );
  }

  /**
   * Stops a running execution as ABORTED with the given error and cause,
   * and resolves with it once stopped; a stopped execution is answered as
   * it is. Refuses an unknown ARN with `ExecutionDoesNotExist`.
   */
  async stopExecution(
    executionArn: string,
    reason: { error?: string; cause?: string } = {},
  ): Promise<ExecutionRecord> {
    const execution = await this.#known(executionArn);
    this.#stops.get(executionArn)?.abort(reason);

    return execution.done;
  }

  /** The execution with this ARN. */
  execution(executionArn: string): ExecutionRecord | undefined {
    return this.#executions.get(executionArn);
  }

  /** Executions, newest first, of one state machine or all, by status. */
  executions(
    filter: { stateMachineArn?: string; status?: ExecutionStatus } = {},
  ): ExecutionRecord[] {
    return this.#executions.list(filter);
  }

  /**
   * Resolves with the execution once it has stopped; refuses an unknown
   * ARN with `ExecutionDoesNotExist`.
   */
  async waitForExecution(executionArn: string): Promise<ExecutionRecord> {
    const execution = await this.#known(executionArn);

    return execution.done;
  }

  /** Resolves when no execution is running. */
  idle(): Promise<void> {
    return this.#executions.idle();
  }

  async #known(executionArn: string): Promise<ExecutionRecord> {
    const execution = this.#executions.get(executionArn);
    if (execution) return execution;

    throw stepFunctionsApiError(
      'ExecutionDoesNotExist',
      `Execution Does Not Exist: '${executionArn}'`,
    );
  }
}

function parseDefinition(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch (error) {
    throw invalidDefinition(`the definition is not JSON: ${text}`, error);
  }

  throw invalidDefinition(`the definition is not a JSON object: ${text}`);
}

function compile(definition: Record<string, unknown>): StateMachine {
  try {
    return new StateMachine(definition as never, {
      validationOptions: { checkArn: false },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidDefinition(reason, error);
  }
}

function invalidDefinition(reason: string, cause?: unknown) {
  return stepFunctionsApiError(
    'InvalidDefinition',
    `Invalid State Machine Definition: ${reason}`,
    { cause },
  );
}
