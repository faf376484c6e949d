import { randomBytes, randomUUID } from 'node:crypto';
import {
  type MessageAttributeValue,
  md5OfAttributes,
  md5OfBody,
} from './message-md5.js';

/** A message as a queue holds it. */
export interface QueuedMessage {
  messageId: string;
  body: string;
  md5OfBody: string;
  messageAttributes: Record<string, MessageAttributeValue>;
  md5OfMessageAttributes?: string;
  /** The X-Ray trace header sent in `MessageSystemAttributes.AWSTraceHeader`. */
  traceHeader?: string;
  sentAt: number;
  visibleAt: number;
  receiveCount: number;
  firstReceivedAt?: number;
}

/** What a sender passes to {@link Queue.send}. */
export interface SendInput {
  body: string;
  delaySeconds?: number;
  messageAttributes?: Record<string, MessageAttributeValue>;
  traceHeader?: string;
}

/** A received message and the receipt handle that deletes it. */
export interface Receipt {
  message: QueuedMessage;
  receiptHandle: string;
}

/**
 * One standard queue held in memory: messages become visible after their
 * delay, are hidden for the visibility timeout once received, and stay
 * until deleted.
 *
 * @example
 * const queue = new Queue({ name: 'dlq', url, arn, attributes: {}, now: Date.now });
 * queue.send({ body: 'hello' });
 * const [receipt] = queue.receive({ max: 1 });
 */
export class Queue {
  readonly name: string;
  readonly url: string;
  readonly arn: string;
  readonly createdAt: number;
  readonly attributes: Record<string, string>;
  readonly #messages = new Map<string, QueuedMessage>();
  readonly #receipts = new Map<string, string>();
  readonly #now: () => number;

  constructor(init: {
    name: string;
    url: string;
    arn: string;
    attributes: Record<string, string>;
    now: () => number;
  }) {
    this.name = init.name;
    this.url = init.url;
    this.arn = init.arn;
    this.attributes = { ...init.attributes };
    this.#now = init.now;
    this.createdAt = init.now();
  }

  /** Seconds a received message stays hidden unless the receive says otherwise. */
  get visibilityTimeout(): number {
    return Number(this.attributes.VisibilityTimeout ?? 30);
  }

  /** Adds a message and returns it. */
  send(input: SendInput): QueuedMessage {
    const now = this.#now();
    const delaySeconds =
      input.delaySeconds ?? Number(this.attributes.DelaySeconds ?? 0);
    const messageAttributes = input.messageAttributes ?? {};
    const message: QueuedMessage = {
      messageId: randomUUID(),
      body: input.body,
      md5OfBody: md5OfBody(input.body),
      messageAttributes,
      md5OfMessageAttributes: md5OfAttributes(messageAttributes),
      traceHeader: input.traceHeader,
      sentAt: now,
      visibleAt: now + delaySeconds * 1000,
      receiveCount: 0,
    };
    this.#messages.set(message.messageId, message);

    return message;
  }

  /** Takes up to `max` visible messages and hides them for the visibility timeout. */
  receive(options: { max: number; visibilityTimeout?: number }): Receipt[] {
    const now = this.#now();
    const hiddenFor = options.visibilityTimeout ?? this.visibilityTimeout;
    const receipts: Receipt[] = [];
    for (const message of this.#messages.values()) {
      if (receipts.length >= options.max) {
        break;
      }
      if (message.visibleAt > now) {
        continue;
      }
      message.visibleAt = now + hiddenFor * 1000;
      message.receiveCount += 1;
      message.firstReceivedAt ??= now;
      const receiptHandle = randomBytes(24).toString('base64url');
      this.#receipts.set(receiptHandle, message.messageId);
      receipts.push({ message, receiptHandle });
    }

    return receipts;
  }

  /**
   * Deletes the message a receipt handle was issued for. False when the
   * handle was never issued by this queue; true (as SQS answers) when the
   * message is already gone.
   */
  delete(receiptHandle: string): boolean {
    const messageId = this.#receipts.get(receiptHandle);
    if (messageId === undefined) {
      return false;
    }
    this.#messages.delete(messageId);
    this.#receipts.delete(receiptHandle);

    return true;
  }

  /**
   * Hides or shows again the message a receipt handle was issued for, for
   * `seconds` from now (0 makes it visible at once). False when the handle
   * was never issued or the message is gone.
   */
  changeVisibility(receiptHandle: string, seconds: number): boolean {
    const messageId = this.#receipts.get(receiptHandle);
    const message = messageId ? this.#messages.get(messageId) : undefined;
    if (!message) {
      return false;
    }
    message.visibleAt = this.#now() + seconds * 1000;

    return true;
  }

  /** Drops every message. */
  purge(): void {
    this.#messages.clear();
    this.#receipts.clear();
  }

  /** How many messages are visible, in flight and delayed right now. */
  counts(): { visible: number; inFlight: number; delayed: number } {
    const now = this.#now();
    const counts = { visible: 0, inFlight: 0, delayed: 0 };
    for (const message of this.#messages.values()) {
      if (message.visibleAt <= now) {
        counts.visible += 1;
      } else if (message.receiveCount > 0) {
        counts.inFlight += 1;
      } else {
        counts.delayed += 1;
      }
    }

    return counts;
  }

  /** Every message held, visible or not, oldest first. */
  messages(): QueuedMessage[] {
    return [...this.#messages.values()].map((message) => ({ ...message }));
  }
}
