import { LOCAL_ACCOUNT_ID } from '../dynamodb/throttle-error.js';
import { Queue, type QueuedMessage, type SendInput } from './queue.js';
import { queueDoesNotExist, sqsError } from './sqs-errors.js';

/** Options of {@link LocalSqs}. */
export interface LocalSqsOptions {
  region: string;
  /** The edge URL that queue URLs start with, read when a queue is created. */
  endpoint: () => string;
  now?: () => number;
}

const LONG_POLL_STEP_MS = 50;

/**
 * The queues of the local cloud, usable in-process as well as through the
 * SQS API: tests and the EventBridge dead-letter path call it directly.
 *
 * @example
 * cloud.sqs.createQueue('orders-dlq');
 * cloud.sqs.sendMessage('orders-dlq', { body: '{}' });
 * cloud.sqs.messages('orders-dlq').length; // 1
 */
export class LocalSqs {
  readonly #queues = new Map<string, Queue>();
  readonly #options: LocalSqsOptions;
  readonly #pollers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();

  constructor(options: LocalSqsOptions) {
    this.#options = options;
  }

  /** Creates a queue, or returns the existing one when its attributes agree. */
  createQueue(name: string, attributes: Record<string, string> = {}): Queue {
    if (!/^[\w-]{1,80}(\.fifo)?$/.test(name)) {
      throw sqsError(
        'InvalidParameterValueException',
        'InvalidParameterValue',
        `Queue name "${name}" must be 1 to 80 letters, digits, hyphens or underscores.`,
      );
    }
    const existing = this.#queues.get(name);
    if (existing) {
      assertSameAttributes(existing, attributes);
      return existing;
    }
    const queue = new Queue({
      name,
      url: `${this.#options.endpoint()}/${LOCAL_ACCOUNT_ID}/${name}`,
      arn: `arn:aws:sqs:${this.#options.region}:${LOCAL_ACCOUNT_ID}:${name}`,
      attributes,
      now: this.#options.now ?? Date.now,
    });
    this.#queues.set(name, queue);

    return queue;
  }

  /** The queue of that name, or a QueueDoesNotExist error. */
  queue(name: string): Queue {
    const queue = this.#queues.get(name);
    if (!queue) {
      throw queueDoesNotExist();
    }

    return queue;
  }

  /** The queue a URL or an ARN points at (by its last segment). */
  queueByReference(reference: string): Queue {
    const name = reference.split(/[/:]/).pop() ?? '';

    return this.queue(name);
  }

  /** Names of the queues, optionally only those starting with a prefix. */
  queueNames(prefix = ''): string[] {
    return [...this.#queues.keys()].filter((name) => name.startsWith(prefix));
  }

  /** Deletes a queue and its messages. */
  deleteQueue(name: string): void {
    this.queue(name);
    this.#queues.delete(name);
  }

  /** Sends a message to a queue by name. */
  sendMessage(queueName: string, input: SendInput): QueuedMessage {
    return this.queue(queueName).send(input);
  }

  /** Every message a queue holds right now, visible or in flight. */
  messages(queueName: string): QueuedMessage[] {
    return this.queue(queueName).messages();
  }

  /** Waits until the queue has a visible message, the deadline passes or the cloud stops. */
  async waitForVisible(queue: Queue, deadline: number): Promise<void> {
    const now = this.#options.now ?? Date.now;
    while (queue.counts().visible === 0 && now() < deadline) {
      const step = Math.min(LONG_POLL_STEP_MS, deadline - now());
      const stopped = await new Promise<boolean>((resolve) => {
        const poller = {
          timer: setTimeout(() => {
            this.#pollers.delete(poller);
            resolve(false);
          }, step),
          wake: () => resolve(true),
        };
        this.#pollers.add(poller);
      });
      if (stopped) {
        return;
      }
    }
  }

  /** Ends every long poll at once. */
  stop(): void {
    for (const poller of this.#pollers) {
      clearTimeout(poller.timer);
      poller.wake();
    }
    this.#pollers.clear();
  }
}

function assertSameAttributes(
  queue: Queue,
  attributes: Record<string, string>,
): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (
      queue.attributes[name] !== undefined &&
      queue.attributes[name] !== value
    ) {
      throw sqsError(
        'QueueNameExists',
        'QueueAlreadyExists',
        `A queue named ${queue.name} already exists with a different value for attribute ${name}.`,
      );
    }
  }
}
