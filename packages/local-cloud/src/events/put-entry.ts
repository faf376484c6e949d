import { randomUUID } from 'node:crypto';
import { LOCAL_ACCOUNT_ID } from '../dynamodb/throttle-error.js';
import { type EventEnvelope, eventTime } from './event-model.js';

/** One entry of PutEvents, as the API takes it. */
export interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Resources?: string[];
  /** A Date in process, epoch seconds on the wire. */
  Time?: Date | number | string;
  TraceHeader?: string;
}

/** The result of one entry: an event id, or why it was refused. */
export type PutEventsResultEntry =
  | { EventId: string }
  | { ErrorCode: string; ErrorMessage: string };

/**
 * Turns a PutEvents entry into the event EventBridge routes, or the
 * refusal EventBridge answers for it: a missing source, detail type or
 * detail, or a detail that is not a JSON object.
 *
 * @example
 * const built = buildEvent({ Source: 'shop', DetailType: 'OrderCreated', Detail: '{}' }, 'us-east-1', new Date());
 * if (built.kind === 'event') route(built.event);
 */
export function buildEvent(
  entry: PutEventsEntry,
  region: string,
  now: Date,
):
  | { kind: 'event'; event: EventEnvelope }
  | { kind: 'refused'; ErrorCode: string; ErrorMessage: string } {
  const fields = (entry ?? {}) as PutEventsEntry;
  const missing = (['Source', 'DetailType', 'Detail'] as const).filter(
    (name) => typeof fields[name] !== 'string' || fields[name] === '',
  );
  if (missing.length > 0) {
    return {
      kind: 'refused',
      ErrorCode: 'InvalidArgument',
      ErrorMessage: `Parameter(s) ${missing.join(', ')} must be specified.`,
    };
  }
  const detail = parseDetail(entry.Detail as string);
  if (detail === undefined) {
    return {
      kind: 'refused',
      ErrorCode: 'MalformedDetail',
      ErrorMessage: 'Detail is malformed.',
    };
  }

  return {
    kind: 'event',
    event: {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType as string,
      source: entry.Source as string,
      account: LOCAL_ACCOUNT_ID,
      time: eventTime(entryTime(entry.Time) ?? now),
      region,
      resources: Array.isArray(entry.Resources)
        ? entry.Resources.filter((resource) => typeof resource === 'string')
        : [],
      detail,
    },
  };
}

function parseDetail(text: string): unknown {
  try {
    const detail: unknown = JSON.parse(text);
    return detail !== null &&
      typeof detail === 'object' &&
      !Array.isArray(detail)
      ? detail
      : undefined;
  } catch {
    return undefined;
  }
}

function entryTime(time: PutEventsEntry['Time']): Date | undefined {
  if (time === undefined) {
    return undefined;
  }
  const date =
    time instanceof Date
      ? time
      : new Date(typeof time === 'number' ? time * 1000 : time);

  return Number.isNaN(date.getTime()) ? undefined : date;
}
