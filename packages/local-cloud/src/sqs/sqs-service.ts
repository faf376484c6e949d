import { jsonResponse, parseJsonBody } from '../edge/aws-json.js';
import { belongsTo, targetOf } from '../edge/route.js';
import type {
  EdgeRequest,
  EdgeResponse,
  EmulatedService,
} from '../edge/service.js';
import { AwsApiError } from '../errors.js';
import type { LocalSqs } from './local-sqs.js';
import { type MessageAttributeValue, md5OfAttributes } from './message-md5.js';
import type { Queue, Receipt } from './queue.js';
import { queueAttributes } from './queue-attributes.js';
import { invalidParameter } from './sqs-errors.js';

type Input = Record<string, unknown>;
type Operation = (sqs: LocalSqs, input: Input) => Promise<unknown> | unknown;

/**
 * SQS behind the edge, in the AWS JSON protocol that the AWS SDK v3 uses
 * (`X-Amz-Target: AmazonSQS.SendMessage`): queues, sending with message
 * and system attributes, receiving with visibility timeouts and long
 * polling, deleting and queue attributes.
 *
 * @example
 * const sqs = createSqsService(localSqs);
 */
export function createSqsService(sqs: LocalSqs): EmulatedService {
  return {
    name: 'sqs',
    matches: (request) => belongsTo(request, ['AmazonSQS'], ['sqs']),
    handle: async (request: EdgeRequest): Promise<EdgeResponse> => {
      const operation = OPERATIONS[targetOf(request)?.operation ?? ''];
      if (!operation) {
        throw new AwsApiError({
          status: 400,
          type: 'com.amazonaws.sqs#UnsupportedOperation',
          message: `SQS has no operation ${request.headers['x-amz-target'] ?? '(none)'} here.`,
          headers: {
            'x-amzn-query-error':
              'AWS.SimpleQueueService.UnsupportedOperation;Sender',
          },
        });
      }
      const input = parseJsonBody(request, 'com.amazonaws.sqs#');

      return jsonResponse(await operation(sqs, input));
    },
  };
}

const OPERATIONS: Record<string, Operation> = {
  CreateQueue: (sqs, input) => {
    const queue = sqs.createQueue(
      requiredString(input, 'QueueName'),
      stringRecord(input.Attributes),
    );
    return { QueueUrl: queue.url };
  },
  GetQueueUrl: (sqs, input) => ({
    QueueUrl: sqs.queue(requiredString(input, 'QueueName')).url,
  }),
  ListQueues: (sqs, input) => {
    const prefix =
      typeof input.QueueNamePrefix === 'string' ? input.QueueNamePrefix : '';
    return {
      QueueUrls: sqs.queueNames(prefix).map((name) => sqs.queue(name).url),
    };
  },
  DeleteQueue: (sqs, input) => {
    sqs.deleteQueue(queueOf(sqs, input).name);
    return {};
  },
  PurgeQueue: (sqs, input) => {
    queueOf(sqs, input).purge();
    return {};
  },
  SendMessage: (sqs, input) => sendMessage(queueOf(sqs, input), input),
  ReceiveMessage: (sqs, input) => receiveMessage(sqs, input),
  DeleteMessage: (sqs, input) => {
    const handle = requiredString(input, 'ReceiptHandle');
    if (!queueOf(sqs, input).delete(handle)) {
      throw invalidReceipt(handle);
    }
    return {};
  },
  ChangeMessageVisibility: (sqs, input) => {
    const handle = requiredString(input, 'ReceiptHandle');
    const seconds = input.VisibilityTimeout;
    if (typeof seconds !== 'number' || !(seconds >= 0 && seconds <= 43_200)) {
      throw invalidParameter('VisibilityTimeout', seconds);
    }
    if (!queueOf(sqs, input).changeVisibility(handle, seconds)) {
      throw invalidReceipt(handle);
    }
    return {};
  },
  GetQueueAttributes: (sqs, input) => ({
    Attributes: queueAttributes(
      queueOf(sqs, input),
      stringList(input.AttributeNames, ['All']),
    ),
  }),
};

function sendMessage(queue: Queue, input: Input): unknown {
  const body = requiredString(input, 'MessageBody');
  const system = attributeMap(input, 'MessageSystemAttributes');
  const messageAttributes = attributeMap(input, 'MessageAttributes');
  const message = queue.send({
    body,
    delaySeconds:
      typeof input.DelaySeconds === 'number' ? input.DelaySeconds : undefined,
    messageAttributes,
    traceHeader: system?.AWSTraceHeader?.StringValue,
  });

  return {
    MessageId: message.messageId,
    MD5OfMessageBody: message.md5OfBody,
    MD5OfMessageAttributes: message.md5OfMessageAttributes,
    MD5OfMessageSystemAttributes: md5OfAttributes(system),
  };
}

async function receiveMessage(sqs: LocalSqs, input: Input): Promise<unknown> {
  const queue = queueOf(sqs, input);
  const max =
    typeof input.MaxNumberOfMessages === 'number'
      ? input.MaxNumberOfMessages
      : 1;
  if (!(max >= 1 && max <= 10)) {
    throw invalidParameter('MaxNumberOfMessages', max);
  }
  const waitSeconds = Number(
    input.WaitTimeSeconds ??
      queue.attributes.ReceiveMessageWaitTimeSeconds ??
      0,
  );
  if (waitSeconds > 0) {
    await sqs.waitForVisible(
      queue,
      Date.now() + Math.min(20, waitSeconds) * 1000,
    );
  }
  const receipts = queue.receive({
    max,
    visibilityTimeout:
      typeof input.VisibilityTimeout === 'number'
        ? input.VisibilityTimeout
        : undefined,
  });
  const wanted = new Set([
    ...stringList(input.AttributeNames, []),
    ...stringList(input.MessageSystemAttributeNames, []),
  ]);
  const wantedAttributes = stringList(input.MessageAttributeNames, []);

  return {
    Messages: receipts.map((receipt) =>
      toWire(receipt, wanted, wantedAttributes),
    ),
  };
}

function toWire(
  { message, receiptHandle }: Receipt,
  wanted: Set<string>,
  wantedAttributes: string[],
): Record<string, unknown> {
  const system: Record<string, string> = {
    SenderId: 'AIDALOCALCLOUD',
    SentTimestamp: String(message.sentAt),
    ApproximateReceiveCount: String(message.receiveCount),
    ApproximateFirstReceiveTimestamp: String(
      message.firstReceivedAt ?? message.sentAt,
    ),
  };
  if (message.traceHeader) {
    system.AWSTraceHeader = message.traceHeader;
  }
  const attributes = Object.fromEntries(
    Object.entries(system).filter(
      ([name]) => wanted.has('All') || wanted.has(name),
    ),
  );
  const messageAttributes = Object.fromEntries(
    Object.entries(message.messageAttributes).filter(
      ([name]) =>
        wantedAttributes.includes('All') ||
        wantedAttributes.includes(name) ||
        wantedAttributes.includes('.*'),
    ),
  );
  const hasAttributes = Object.keys(messageAttributes).length > 0;

  return {
    MessageId: message.messageId,
    ReceiptHandle: receiptHandle,
    MD5OfBody: message.md5OfBody,
    Body: message.body,
    Attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    MessageAttributes: hasAttributes ? messageAttributes : undefined,
    MD5OfMessageAttributes: hasAttributes
      ? md5OfAttributes(messageAttributes)
      : undefined,
  };
}

function invalidReceipt(handle: string): AwsApiError {
  return new AwsApiError({
    status: 400,
    type: 'com.amazonaws.sqs#ReceiptHandleIsInvalid',
    message: `The input receipt handle "${handle}" is not a valid receipt handle.`,
    headers: { 'x-amzn-query-error': 'ReceiptHandleIsInvalid;Sender' },
  });
}

function attributeMap(
  input: Input,
  name: string,
): Record<string, MessageAttributeValue> | undefined {
  const value = input[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  const valid =
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.values(value).every(isAttributeValue);
  if (!valid) {
    throw invalidParameter(name, value);
  }

  return value as Record<string, MessageAttributeValue>;
}

function isAttributeValue(value: unknown): value is MessageAttributeValue {
  const attribute = value as Partial<MessageAttributeValue> | null;

  return (
    typeof attribute?.DataType === 'string' &&
    (typeof attribute.StringValue === 'string' ||
      typeof attribute.BinaryValue === 'string')
  );
}

function queueOf(sqs: LocalSqs, input: Input): Queue {
  return sqs.queueByReference(requiredString(input, 'QueueUrl'));
}

function requiredString(input: Input, name: string): string {
  const value = input[name];
  if (typeof value !== 'string' || value === '') {
    throw invalidParameter(name, value);
  }

  return value;
}

function stringList(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value)
    ? value.filter((item) => typeof item === 'string')
    : fallback;
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') {
    return {};
  }

  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => typeof item === 'string'),
  ) as Record<string, string>;
}
