/** Fields of a subsegment's `aws` object that name the resource called. */
const RESOURCE_FIELDS = [
  'table_name',
  'queue_name',
  'queue_url',
  'topic_arn',
  'target_arn',
  'bucket_name',
  'stream_name',
  'delivery_stream_name',
  'function_name',
  'state_machine_arn',
  'event_bus_name',
  'secret_id',
  'secret_name',
  'key_id',
  'parameter_name',
] as const;

/**
 * Reads the name of the resource an AWS SDK call targeted (table, queue,
 * topic, bucket, stream, function, state machine, bus, secret) from the
 * subsegment's `aws` fields, shortening URLs and ARNs to the name.
 *
 * @example
 * awsResource({ queue_url: 'https://sqs.us-east-1.amazonaws.com/1/orders' });
 * // 'orders'
 */
export function awsResource(
  aws: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  if (aws === undefined) return undefined;

  for (const field of RESOURCE_FIELDS) {
    const value = aws[field];
    if (typeof value === 'string' && value !== '') return shorten(value);
  }

  return firstListedName(aws);
}

function firstListedName(
  aws: Readonly<Record<string, unknown>>,
): string | undefined {
  for (const field of ['table_names', 'resource_names']) {
    const list = aws[field];
    if (Array.isArray(list) && typeof list[0] === 'string' && list[0] !== '') {
      return shorten(list[0]);
    }
  }

  return undefined;
}

/**
 * Shortens a queue URL or an ARN to the resource name it ends with.
 *
 * @example
 * shorten('arn:aws:lambda:eu-west-1:123:function:pay:live'); // 'pay'
 * shorten('arn:aws:sns:eu-west-1:123:alerts'); // 'alerts'
 */
export function shorten(value: string): string {
  const known = shortened.get(value);
  if (known !== undefined) return known;

  const short = shortenOnce(value);
  if (shortened.size < SHORTENED_LIMIT) shortened.set(value, short);

  return short;
}

/**
 * Names already shortened: the same few ARNs and URLs recur in every
 * trace. Bounded, so that inputs naming endless resources cannot grow it.
 */
const shortened = new Map<string, string>();
const SHORTENED_LIMIT = 1_000;

function shortenOnce(value: string): string {
  if (value.startsWith('arn:')) return shortenArn(value);
  if (/^https?:\/\//.test(value)) {
    const path = value.replace(/[?#].*$/, '').replace(/\/+$/, '');

    return path.slice(path.lastIndexOf('/') + 1) || value;
  }

  return value;
}

function shortenArn(arn: string): string {
  const parts = arn.split(':');
  const functionIndex = parts.indexOf('function');
  if (functionIndex !== -1 && parts[functionIndex + 1]) {
    return parts[functionIndex + 1] as string;
  }
  const stateMachineIndex = parts.indexOf('stateMachine');
  if (stateMachineIndex !== -1 && parts[stateMachineIndex + 1]) {
    return parts[stateMachineIndex + 1] as string;
  }
  const last = parts[parts.length - 1] ?? arn;

  return last.slice(last.lastIndexOf('/') + 1) || arn;
}
