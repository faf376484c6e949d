import { TaskFailedError } from './stepfunctions-errors.js';
import type {
  DynamoDbBackend,
  EventsBackend,
  TaskEventEntry,
} from './task-backends.js';
import { dynamoDbFailure } from './task-error-names.js';

/**
 * The DynamoDB actions Task states may name, with their API operation.
 *
 * @example
 * DYNAMODB_ACTIONS.updateItem; // 'UpdateItem'
 */
export const DYNAMODB_ACTIONS = {
  getItem: 'GetItem',
  putItem: 'PutItem',
  updateItem: 'UpdateItem',
  deleteItem: 'DeleteItem',
} as const;

/**
 * A DynamoDB action a Task state names (`dynamodb:updateItem`, …).
 *
 * @example
 * const action: DynamoDbAction = 'updateItem';
 */
export type DynamoDbAction = keyof typeof DYNAMODB_ACTIONS;

/**
 * Runs a `dynamodb:<action>` Task: the state's parameters are the API
 * input; the answer is the API response. DynamoDB errors are raised as
 * `DynamoDB.<ExceptionName>`.
 *
 * @example
 * await runDynamoDbTask(cloud.dynamodb, 'updateItem', { TableName: 'orders', Key, UpdateExpression });
 */
export async function runDynamoDbTask(
  dynamodb: DynamoDbBackend,
  action: DynamoDbAction,
  parameters: unknown,
): Promise<unknown> {
  const answer = await dynamodb.request(
    DYNAMODB_ACTIONS[action],
    (parameters ?? {}) as Record<string, unknown>,
  );
  const failure = dynamoDbFailure(answer);
  if (failure) throw failure;

  return answer ?? {};
}

/**
 * Runs an `events:putEvents` Task: entries whose `Detail` is an object
 * are serialised as Step Functions does, the execution's trace header is
 * added, and any refused entry fails the state with
 * `EventBridge.FailedEntry`.
 *
 * @example
 * await runPutEventsTask(cloud.events, { Entries: [{ Source: 'shop', DetailType: 'OrderFailed', Detail: { orderId } }] }, traceHeader);
 */
export function runPutEventsTask(
  events: EventsBackend,
  parameters: unknown,
  traceHeader: string | undefined,
): Record<string, unknown> {
  const { Entries } = (parameters ?? {}) as { Entries?: unknown };
  if (!Array.isArray(Entries)) {
    throw new TaskFailedError(
      'States.Runtime',
      `events:putEvents needs an Entries array; got ${JSON.stringify(Entries)}`,
    );
  }

  const entries = Entries.map((entry) => toEntry(entry, traceHeader));
  const results = events.putEvents(entries);
  const failed = results.filter((result) => result.ErrorCode !== undefined);
  if (failed.length > 0) {
    throw new TaskFailedError(
      'EventBridge.FailedEntry',
      JSON.stringify({ Entries: results, FailedEntryCount: failed.length }),
    );
  }

  return { Entries: results, FailedEntryCount: 0 };
}

function toEntry(
  entry: unknown,
  traceHeader: string | undefined,
): TaskEventEntry {
  const fields = (entry ?? {}) as Record<string, unknown>;
  const detail = fields.Detail;

  return {
    ...(fields as TaskEventEntry),
    Detail: typeof detail === 'string' ? detail : JSON.stringify(detail),
    ...(traceHeader ? { TraceHeader: traceHeader } : {}),
  };
}
