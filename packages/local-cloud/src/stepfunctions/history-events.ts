import type { HistoryEvent } from './execution-model.js';
import type { StateEvent } from './execution-trace.js';

/**
 * The text of an event's `Cause`: a string as is, an error's message,
 * anything else as JSON.
 *
 * @example
 * causeText(new Error('socket hang up')); // 'socket hang up'
 */
export function causeText(cause: unknown): string {
  if (typeof cause === 'string') return cause;
  if (cause instanceof Error) return cause.message;

  return JSON.stringify(cause) ?? '';
}

/**
 * Records one event of aws-local-stepfunctions' event log in an
 * execution's history.
 *
 * @example
 * execution.history.push(historyEventOf(event, execution.history.length + 1));
 */
export function historyEventOf(event: StateEvent, id: number): HistoryEvent {
  const input = event.state ? event.state.input : event.input;
  const output = event.state ? event.state.output : event.output;

  return {
    id,
    type: event.type,
    timestamp: new Date(event.timestamp),
    ...(event.state ? { stateName: event.state.name } : {}),
    ...(event.state?.type ? { stateType: event.state.type } : {}),
    ...(input === undefined ? {} : { input: JSON.stringify(input) }),
    ...(output === undefined ? {} : { output: JSON.stringify(output) }),
    ...(event.Error === undefined ? {} : { error: event.Error }),
    ...(event.Cause === undefined ? {} : { cause: causeText(event.Cause) }),
  };
}
