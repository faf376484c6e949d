import type { StateTrace } from '../xray/index.js';
import { runLambdaTask } from './lambda-task.js';
import {
  DYNAMODB_ACTIONS,
  type DynamoDbAction,
  runDynamoDbTask,
  runPutEventsTask,
} from './service-tasks.js';
import { TaskFailedError } from './stepfunctions-errors.js';
import type { TaskBackends } from './task-backends.js';

/**
 * A Task state found in a definition, nested ones included.
 *
 * @example
 * const [first]: TaskStateEntry[] = taskStates(definition);
 */
export interface TaskStateEntry {
  name: string;
  resource: string;
}

/**
 * What a Task handler needs of the running execution.
 *
 * @example
 * const context: TaskContext = { backends, stateTrace: (name) => trace.state(name) };
 */
export interface TaskContext {
  backends: TaskBackends;
  /** The open trace of a state, opened on first use. */
  stateTrace(stateName: string): StateTrace | undefined;
  /** The trace header of the execution segment, for events. */
  traceHeader?: string;
}

type TaskHandler = (input: unknown) => Promise<unknown>;

/**
 * Lists the Task states of a definition, those inside `Parallel` branches
 * and `Map` iterators included.
 *
 * @example
 * taskStates(definition); // [{ name: 'ChargePayment', resource: 'arn:aws:states:::lambda:invoke' }]
 */
export function taskStates(definition: unknown): TaskStateEntry[] {
  const states = (definition as { States?: Record<string, unknown> })?.States;
  if (!states) return [];

  return Object.entries(states).flatMap(([name, state]) => {
    const fields = state as Record<string, unknown>;
    const nested = [
      ...((fields.Branches as unknown[]) ?? []),
      fields.Iterator,
      fields.ItemProcessor,
    ].flatMap((child) => (child ? taskStates(child) : []));
    if (fields.Type !== 'Task' || typeof fields.Resource !== 'string') {
      return nested;
    }
    return [{ name, resource: fields.Resource }, ...nested];
  });
}

/**
 * Builds the local handler of every Task state, keyed by state name, for
 * aws-local-stepfunctions' `taskResourceLocalHandlers`.
 *
 * @example
 * const handlers = taskHandlers(definition, { backends, stateTrace });
 */
export function taskHandlers(
  definition: unknown,
  context: TaskContext,
): Record<string, TaskHandler> {
  return Object.fromEntries(
    taskStates(definition).map(({ name, resource }) => [
      name,
      (input: unknown) => runTask(resource, name, input, context),
    ]),
  );
}

async function runTask(
  resource: string,
  stateName: string,
  input: unknown,
  context: TaskContext,
): Promise<unknown> {
  const { backends } = context;
  const action = serviceAction(resource);
  const state = context.stateTrace(stateName);
  if (action === 'lambda:invoke' && backends.invokeFunction) {
    return runLambdaTask(backends.invokeFunction, input, state);
  }
  if (action === 'lambda-arn' && backends.invokeFunction) {
    const parameters = { FunctionName: resource, Payload: input };
    const output = await runLambdaTask(
      backends.invokeFunction,
      parameters,
      state,
    );
    return output.Payload;
  }
  if (action?.startsWith('dynamodb:') && backends.dynamodb) {
    const name = action.slice('dynamodb:'.length) as DynamoDbAction;
    return runDynamoDbTask(backends.dynamodb, name, input);
  }
  if (action === 'events:putEvents' && backends.events) {
    return runPutEventsTask(backends.events, input, context.traceHeader);
  }

  throw new TaskFailedError(
    'States.TaskFailed',
    `The local cloud cannot run the resource ${resource} of state ${stateName}; supported: lambda:invoke, Lambda function ARNs, dynamodb:${Object.keys(DYNAMODB_ACTIONS).join('|')}, events:putEvents (each needs its backend).`,
  );
}

function serviceAction(resource: string): string | undefined {
  const integration = /^arn:[^:]+:states:::([a-z]+:[A-Za-z]+)$/.exec(resource);
  if (integration) return integration[1];

  return /^arn:[^:]+:lambda:[^:]*:[^:]*:function:/.test(resource)
    ? 'lambda-arn'
    : undefined;
}
