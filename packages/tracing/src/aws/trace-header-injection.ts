type Input = Record<string, unknown>;
type Entry = Record<string, unknown>;

function withEntryHeaders(
  entries: unknown,
  addHeader: (entry: Entry) => Entry,
): unknown {
  if (!Array.isArray(entries)) return entries;

  return entries.map((entry: unknown) =>
    typeof entry === 'object' && entry !== null
      ? addHeader(entry as Entry)
      : entry,
  );
}

function eventBridgeEntry(header: string) {
  return (entry: Entry): Entry =>
    entry.TraceHeader === undefined ? { ...entry, TraceHeader: header } : entry;
}

function sqsMessage(header: string) {
  return (message: Entry): Entry => {
    const attributes = (message.MessageSystemAttributes ?? {}) as Entry;
    if (attributes.AWSTraceHeader !== undefined) return message;

    return {
      ...message,
      MessageSystemAttributes: {
        ...attributes,
        AWSTraceHeader: { DataType: 'String', StringValue: header },
      },
    };
  };
}

const INJECTORS: Record<string, (input: Input, header: string) => Input> = {
  'EventBridge.PutEvents': (input, header) => ({
    ...input,
    Entries: withEntryHeaders(input.Entries, eventBridgeEntry(header)),
  }),
  'SFN.StartExecution': (input, header) =>
    input.traceHeader === undefined ? { ...input, traceHeader: header } : input,
  'SQS.SendMessage': (input, header) => sqsMessage(header)(input),
  'SQS.SendMessageBatch': (input, header) => ({
    ...input,
    Entries: withEntryHeaders(input.Entries, sqsMessage(header)),
  }),
};

/**
 * Returns the input of an AWS call with the trace header added where the
 * service carries it to the next function: EventBridge `PutEvents`
 * entries (`TraceHeader`), Step Functions `StartExecution`
 * (`traceHeader`), SQS `SendMessage` and `SendMessageBatch` (the
 * `AWSTraceHeader` system attribute). A header the caller set stays. The
 * caller's input is copied, never changed; other calls pass through.
 *
 * @example
 * withTraceHeader('SFN', 'StartExecution', { stateMachineArn }, header);
 * // { stateMachineArn, traceHeader: header }
 */
export function withTraceHeader<Value>(
  service: string,
  operation: string,
  input: Value,
  header: string,
): Value {
  const inject = INJECTORS[`${service}.${operation}`];
  if (inject === undefined) return input;
  if (typeof input !== 'object' || input === null) return input;

  return inject(input as Input, header) as Value;
}
