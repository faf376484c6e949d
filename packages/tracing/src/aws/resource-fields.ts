/** Input fields that name the resource of a call, and their X-Ray names. */
const RESOURCE_FIELDS = {
  TableName: 'table_name',
  QueueUrl: 'queue_url',
  stateMachineArn: 'state_machine_arn',
  FunctionName: 'function_name',
  TopicArn: 'topic_arn',
  Bucket: 'bucket_name',
  SecretId: 'secret_id',
  StreamName: 'stream_name',
} as const;

function eventBusName(input: Record<string, unknown>): string | undefined {
  const entries = input.Entries;
  if (!Array.isArray(entries) || entries.length === 0) return undefined;
  const first = entries[0] as Record<string, unknown> | undefined;

  return typeof first?.EventBusName === 'string'
    ? first.EventBusName
    : 'default';
}

/**
 * Picks the fields of an AWS call's input that name its resource (table,
 * queue, state machine, function, topic, bucket, secret, stream, event
 * bus), under the names the `aws` object of an X-Ray subsegment uses.
 *
 * @example
 * resourceFields('DynamoDB', { TableName: 'orders', Item: {} });
 * // { table_name: 'orders' }
 */
export function resourceFields(
  service: string,
  input: unknown,
): Record<string, string> {
  if (typeof input !== 'object' || input === null) return {};

  const fields: Record<string, string> = {};
  const record = input as Record<string, unknown>;
  for (const [inputName, xrayName] of Object.entries(RESOURCE_FIELDS)) {
    const value = record[inputName];
    if (typeof value === 'string') fields[xrayName] = value;
  }
  if (service === 'EventBridge') {
    const bus = eventBusName(record);
    if (bus !== undefined) fields.event_bus_name = bus;
  }

  return fields;
}
