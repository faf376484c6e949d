import { epochSeconds } from './api-shapes.js';
import type {
  ExecutionRecord,
  HistoryEvent,
  StateMachineRecord,
} from './execution-model.js';
import { taskStates } from './task-handlers.js';

type Details = Record<string, unknown> | undefined;
type Shape = { type: string; details?: [string, Details] } | undefined;

/**
 * An execution's history as GetExecutionHistory answers it: execution
 * events, `<Type>StateEntered` / `<Type>StateExited` per state and
 * `TaskFailed` per failed Task attempt, numbered from 1, each naming the
 * one before it.
 *
 * @example
 * awsHistoryEvents(execution, machine)[0]?.type; // 'ExecutionStarted'
 */
export function awsHistoryEvents(
  execution: ExecutionRecord,
  machine: StateMachineRecord,
): Record<string, unknown>[] {
  const resources = new Map(
    taskStates(machine.definition).map(({ name, resource }) => [
      name,
      resource,
    ]),
  );
  const shaped = execution.history
    .map((event) =>
      event.type === 'ExecutionAborted'
        ? { ...event, error: execution.error, cause: execution.cause }
        : event,
    )
    .map((event) => ({ event, shape: shapeOf(event, machine, resources) }))
    .filter(
      (entry): entry is { event: HistoryEvent; shape: NonNullable<Shape> } =>
        entry.shape !== undefined,
    );

  return shaped.map(({ event, shape }, index) => ({
    id: index + 1,
    previousEventId: index,
    timestamp: epochSeconds(event.timestamp),
    type: shape.type,
    ...(shape.details ? { [shape.details[0]]: shape.details[1] } : {}),
  }));
}

function shapeOf(
  event: HistoryEvent,
  machine: StateMachineRecord,
  resources: Map<string, string>,
): Shape {
  const failure = { error: event.error, cause: event.cause };
  switch (event.type) {
    case 'ExecutionStarted':
      return execution('ExecutionStarted', {
        input: event.input,
        roleArn: machine.roleArn,
      });
    case 'ExecutionSucceeded':
      return execution('ExecutionSucceeded', { output: event.output });
    case 'ExecutionFailed':
      return execution('ExecutionFailed', failure);
    case 'ExecutionAborted':
      return execution('ExecutionAborted', failure);
    case 'ExecutionTimeout':
      return execution('ExecutionTimedOut', failure);
    case 'StateEntered':
      return state(event, 'Entered', { input: event.input });
    case 'StateExited':
      return state(event, 'Exited', { output: event.output });
    case 'StateFailed':
      return taskFailed(event, resources);
    default:
      return undefined;
  }
}

function execution(type: string, details: Details): Shape {
  const key = `${type[0]?.toLowerCase()}${type.slice(1)}EventDetails`;

  return { type, details: [key, details] };
}

function state(
  event: HistoryEvent,
  phase: 'Entered' | 'Exited',
  details: Details,
): Shape {
  const type = `${event.stateType ?? 'Task'}State${phase}`;

  return {
    type,
    details: [
      `state${phase}EventDetails`,
      { name: event.stateName, ...details },
    ],
  };
}

function taskFailed(
  event: HistoryEvent,
  resources: Map<string, string>,
): Shape {
  const resource = resources.get(event.stateName ?? '');
  if (event.stateType !== 'Task' || resource === undefined) return undefined;
  const integration = /:states:::([a-z]+):(.+)$/.exec(resource);

  return {
    type: 'TaskFailed',
    details: [
      'taskFailedEventDetails',
      {
        resourceType: integration?.[1] ?? 'lambda',
        resource: integration?.[2] ?? resource,
        error: event.error,
        cause: event.cause,
      },
    ],
  };
}
