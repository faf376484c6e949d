// Writes synthetic traces in the BatchGetTraces shape (an array of pages of
// 5 traces, as the X-Ray API returns them) for the benchmark. A seeded
// generator keeps every run's input the same.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const FUNCTIONS = ['order-validation', 'payment-processing', 'fulfillment'];
const CALLS = [
  { name: 'DynamoDB', operation: 'PutItem', table: 'orders' },
  { name: 'DynamoDB', operation: 'GetItem', table: 'orders' },
  { name: 'DynamoDB', operation: 'UpdateItem', table: 'orders' },
  { name: 'SQS', operation: 'SendMessage', queue: 'order-events' },
  { name: 'SNS', operation: 'Publish', topic: 'order-alerts' },
  { name: 'EventBridge', operation: 'PutEvents', bus: 'orders' },
  { name: 'S3', operation: 'GetObject', bucket: 'order-documents' },
];
const THROTTLE_MESSAGE =
  'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.';

function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function createIds(random) {
  const hex = (length) => {
    let text = '';
    for (let index = 0; index < length; index += 1) {
      text += Math.floor(random() * 16).toString(16);
    }
    return text;
  };
  return { hex, segment: () => hex(16) };
}

function seconds(value) {
  return Math.round(value * 1000) / 1000;
}

function callResource(call) {
  if (call.table)
    return { table_name: call.table, resource_names: [call.table] };
  if (call.queue) {
    return {
      queue_url: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${call.queue}`,
    };
  }
  if (call.topic) {
    return { topic_arn: `arn:aws:sns:${REGION}:${ACCOUNT}:${call.topic}` };
  }
  if (call.bucket) return { bucket_name: call.bucket, key_name: 'invoice.pdf' };
  return { resource_names: [call.bus] };
}

function sdkCall(context, call, start, outcome) {
  const { ids, random } = context;
  const duration =
    outcome === 'throttle' ? 1.2 + random() : 0.008 + random() * 0.04;
  const subsegment = {
    id: ids.segment(),
    name: call.name,
    namespace: 'aws',
    start_time: seconds(start),
    end_time: seconds(start + duration),
    http: {
      response: {
        status: outcome === 'ok' ? 200 : outcome === 'throttle' ? 400 : 500,
        content_length: 52,
      },
    },
    aws: {
      operation: call.operation,
      region: REGION,
      request_id: ids.hex(32).toUpperCase(),
      retries: outcome === 'throttle' ? 3 : 0,
      ...callResource(call),
    },
  };
  if (outcome === 'throttle') {
    Object.assign(subsegment, {
      error: true,
      throttle: true,
      cause: {
        working_directory: '/var/task',
        exceptions: [
          {
            id: ids.segment(),
            message: THROTTLE_MESSAGE,
            type: 'ProvisionedThroughputExceededException',
            remote: true,
          },
        ],
      },
    });
  }
  if (outcome === 'fault') {
    Object.assign(subsegment, {
      fault: true,
      cause: {
        working_directory: '/var/task',
        exceptions: [
          {
            id: ids.segment(),
            message: 'We encountered an internal error. Please try again.',
            type: 'InternalServerError',
            remote: true,
          },
        ],
      },
    });
  }
  return subsegment;
}

function generateTrace(context, index) {
  const { ids, random } = context;
  const start = 1796313600 + index * 0.05;
  const traceId = `1-${Math.floor(start).toString(16)}-${ids.hex(24)}`;
  const functionName = FUNCTIONS[index % FUNCTIONS.length];
  const functionArn = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${functionName}`;
  const coldStart = random() < 0.05;
  const roll = random();
  const outcome = roll < 0.03 ? 'throttle' : roll < 0.04 ? 'fault' : 'ok';
  const initialization = coldStart ? 0.25 + random() * 0.3 : 0;
  const invocationStart = start + 0.004 + initialization;
  let clock = invocationStart + 0.002;
  const calls = [];
  const callCount = 2 + Math.floor(random() * 3);
  for (let call = 0; call < callCount; call += 1) {
    const pick =
      call === 0
        ? CALLS[0]
        : CALLS[1 + Math.floor(random() * (CALLS.length - 1))];
    const callOutcome = call === 0 ? outcome : 'ok';
    calls.push(sdkCall(context, pick, clock, callOutcome));
    clock = calls[call].end_time + 0.001;
    if (callOutcome !== 'ok') break;
  }
  const failed = outcome !== 'ok';
  const invocation = {
    id: ids.segment(),
    name: 'Invocation',
    start_time: seconds(invocationStart),
    end_time: seconds(clock + 0.002),
    aws: { function_arn: functionArn },
    subsegments: calls,
  };
  if (failed) {
    Object.assign(invocation, {
      error: true,
      cause: {
        working_directory: '/var/task',
        exceptions: [
          {
            id: ids.segment(),
            message: `${calls.at(-1).name} ${calls.at(-1).aws.operation} failed`,
            type: 'OrderStoreError',
          },
        ],
      },
    });
  }
  const functionSubsegments = [];
  if (coldStart) {
    functionSubsegments.push({
      id: ids.segment(),
      name: 'Initialization',
      start_time: seconds(start + 0.004),
      end_time: seconds(start + 0.004 + initialization),
      aws: { function_arn: functionArn },
    });
  }
  functionSubsegments.push(invocation, {
    id: ids.segment(),
    name: 'Overhead',
    start_time: invocation.end_time,
    end_time: seconds(invocation.end_time + 0.003),
    aws: { function_arn: functionArn },
  });
  const serviceSegment = {
    id: ids.segment(),
    trace_id: traceId,
    name: functionName,
    origin: 'AWS::Lambda',
    start_time: seconds(start),
    end_time: seconds(invocation.end_time + 0.006),
    http: { response: { status: 200 } },
    aws: {
      request_id: `${ids.hex(8)}-${ids.hex(4)}-${ids.hex(4)}-${ids.hex(4)}-${ids.hex(12)}`,
    },
    resource_arn: functionArn,
  };
  const functionSegment = {
    id: ids.segment(),
    trace_id: traceId,
    parent_id: serviceSegment.id,
    name: functionName,
    origin: 'AWS::Lambda::Function',
    start_time: seconds(start + 0.003),
    end_time: seconds(invocation.end_time + 0.004),
    aws: {
      account_id: ACCOUNT,
      function_arn: functionArn,
      resource_names: [functionName],
      cloudwatch_logs: [
        {
          log_group: `/aws/lambda/${functionName}`,
          arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/${functionName}`,
        },
      ],
    },
    annotations: { ColdStart: coldStart, Service: functionName },
    subsegments: functionSubsegments,
  };
  if (failed)
    Object.assign(functionSegment, { error: true, cause: invocation.cause });
  const documents = [serviceSegment, functionSegment];
  const first = calls[0];
  documents.push({
    id: ids.segment(),
    trace_id: traceId,
    parent_id: first.id,
    name: first.name,
    origin: 'AWS::DynamoDB::Table',
    inferred: true,
    start_time: first.start_time,
    end_time: first.end_time,
    aws: first.aws,
    http: first.http,
    ...(first.throttle
      ? { error: true, throttle: true, cause: first.cause }
      : {}),
    ...(first.fault ? { fault: true, cause: first.cause } : {}),
  });
  return {
    Id: traceId,
    Duration: seconds(serviceSegment.end_time - serviceSegment.start_time),
    LimitExceeded: false,
    Segments: documents.map((document) => ({
      Id: document.id,
      Document: JSON.stringify(document),
    })),
  };
}

/**
 * Writes `count` traces to `path` as a JSON array of BatchGetTraces pages
 * and resolves with the number of bytes written.
 */
export async function writeTraceFile(path, count, seed = 20261203) {
  const random = createRandom(seed);
  const context = { random, ids: createIds(random) };
  const file = createWriteStream(path);
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!file.write(text)) await once(file, 'drain');
  };
  await write('[');
  for (let index = 0; index < count; index += 5) {
    const traces = [];
    for (let offset = index; offset < Math.min(index + 5, count); offset += 1) {
      traces.push(generateTrace(context, offset));
    }
    await write(
      `${index === 0 ? '' : ','}${JSON.stringify({ Traces: traces, UnprocessedTraceIds: [] })}\n`,
    );
  }
  await write(']\n');
  file.end();
  await once(file, 'finish');
  return bytes;
}
