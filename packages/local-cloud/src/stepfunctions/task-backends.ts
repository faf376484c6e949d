/**
 * What an injected Lambda invoke answers, as the Lambda Invoke API does.
 *
 * @example
 * const result: LambdaInvokeResult = { StatusCode: 200, Payload: { paymentId: 'p-1' } };
 */
export interface LambdaInvokeResult {
  /** The function's response, or `{ errorType, errorMessage }` on a function error. */
  Payload?: unknown;
  /** 200 for a synchronous invoke; 429 when Lambda throttled it. */
  StatusCode: number;
  /** `Unhandled` (or `Handled`) when the function failed. */
  FunctionError?: string;
}

/**
 * Runs one Lambda function for a `lambda:invoke` Task state. The trace
 * header is the one Step Functions gives the function (its parent is the
 * state's `Lambda` Invoke subsegment). Throw an error named after a Lambda
 * API exception (`TooManyRequestsException`, `ServiceException`, …) for a
 * failed invoke call; answer `FunctionError` for a failed function.
 *
 * @example
 * const invokeFunction: InvokeFunction = async (name, payload, { traceHeader }) =>
 *   ({ StatusCode: 200, Payload: await run(name, payload, traceHeader) });
 */
export type InvokeFunction = (
  functionName: string,
  payload: unknown,
  options: { traceHeader?: string },
) => Promise<LambdaInvokeResult>;

/**
 * DynamoDB for `dynamodb:*` Task states: an operation name and its input,
 * answering the parsed DynamoDB response, or a body with `__type` for an
 * error (the shape of `cloud.dynamodb.request`).
 *
 * @example
 * const dynamodb: DynamoDbBackend = cloud.dynamodb;
 */
export interface DynamoDbBackend {
  request(operation: string, input: Record<string, unknown>): Promise<unknown>;
}

/**
 * One PutEvents entry as a `events:putEvents` Task passes it on.
 *
 * @example
 * const entry: TaskEventEntry = { Source: 'shop', DetailType: 'OrderFailed', Detail: '{}' };
 */
export interface TaskEventEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Resources?: string[];
  TraceHeader?: string;
}

/**
 * EventBridge for `events:putEvents` Task states (the shape of
 * `cloud.events`).
 *
 * @example
 * const events: EventsBackend = cloud.events;
 */
export interface EventsBackend {
  putEvents(
    entries: TaskEventEntry[],
  ): Array<{ EventId?: string; ErrorCode?: string; ErrorMessage?: string }>;
}

/**
 * The services Task states reach. A resource whose backend is missing
 * fails its state with `States.TaskFailed`.
 *
 * @example
 * const backends: TaskBackends = { invokeFunction, dynamodb: cloud.dynamodb, events: cloud.events };
 */
export interface TaskBackends {
  invokeFunction?: InvokeFunction;
  dynamodb?: DynamoDbBackend;
  events?: EventsBackend;
}
