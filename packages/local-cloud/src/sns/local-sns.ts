import { randomUUID } from 'node:crypto';
import { LOCAL_ACCOUNT_ID } from '../dynamodb/throttle-error.js';
import { snsError } from './sns-errors.js';

/**
 * One message published to a topic, kept for inspection.
 *
 * @example
 * const [alert]: PublishedMessage[] = sns.messages('alerts');
 * alert.subject; // 'ALARM order-validation-errors: …'
 */
export interface PublishedMessage {
  messageId: string;
  topicArn: string;
  subject?: string;
  message: string;
  /** String values of the message attributes. */
  attributes: Record<string, string>;
  publishedAt: Date;
}

/**
 * What {@link LocalSns.publish} takes.
 *
 * @example
 * sns.publish({ topicArn, message: 'hello', subject: 'Greeting' });
 */
export interface PublishInput {
  topicArn: string;
  message: string;
  subject?: string;
  attributes?: Record<string, string>;
}

/** The longest subject SNS accepts. */
const MAX_SUBJECT_LENGTH = 100;

/** The largest message SNS accepts, in bytes. */
const MAX_MESSAGE_BYTES = 256 * 1024;

/**
 * SNS topics held in memory: topics are created by name, publishing keeps
 * each message on its topic (nothing is delivered onwards), and listeners
 * hear every message as it is published. Publish checks what SNS checks:
 * the topic exists, the subject is one printable ASCII line of at most
 * 100 characters, the message is not empty and at most 256 KiB.
 *
 * @example
 * const sns = new LocalSns({ region: 'us-east-1' });
 * const arn = sns.createTopic('alerts');
 * sns.publish({ topicArn: arn, message: 'disk full' });
 * sns.messages(arn).length; // 1
 */
export class LocalSns {
  readonly region: string;
  readonly accountId: string;
  readonly #topics = new Map<string, PublishedMessage[]>();
  readonly #listeners = new Set<(message: PublishedMessage) => void>();

  constructor(options: { region: string; accountId?: string }) {
    this.region = options.region;
    this.accountId = options.accountId ?? LOCAL_ACCOUNT_ID;
  }

  /** Creates a topic (or finds the one of that name) and returns its ARN. */
  createTopic(name: string): string {
    if (!/^[A-Za-z0-9_-]{1,256}$/.test(name)) {
      throw snsError(
        'InvalidParameter',
        `Invalid parameter: Topic Name "${name}": use 1 to 256 letters, digits, hyphens or underscores.`,
      );
    }
    const arn = this.topicArn(name);
    if (!this.#topics.has(arn)) this.#topics.set(arn, []);

    return arn;
  }

  /** The ARN a topic of this name has in this account and region. */
  topicArn(name: string): string {
    return `arn:aws:sns:${this.region}:${this.accountId}:${name}`;
  }

  /** ARNs of the topics, in creation order. */
  topics(): string[] {
    return [...this.#topics.keys()];
  }

  /** Deletes a topic and its kept messages; unknown topics are ignored. */
  deleteTopic(topicArn: string): void {
    this.#topics.delete(topicArn);
  }

  /**
   * Publishes a message and returns its id.
   *
   * @throws {AwsApiError} NotFound for an unknown topic, InvalidParameter
   * for a bad subject or message
   */
  publish(input: PublishInput): string {
    const kept = this.#topics.get(input.topicArn);
    if (!kept) throw snsError('NotFound', 'Topic does not exist', 404);
    checkMessage(input);
    const published: PublishedMessage = {
      messageId: randomUUID(),
      topicArn: input.topicArn,
      subject: input.subject,
      message: input.message,
      attributes: { ...input.attributes },
      publishedAt: new Date(),
    };
    kept.push(published);
    for (const listener of this.#listeners) listener(published);

    return published.messageId;
  }

  /** Messages published to a topic (by ARN or name), oldest first. */
  messages(topic: string): PublishedMessage[] {
    const arn = topic.startsWith('arn:') ? topic : this.topicArn(topic);

    return [...(this.#topics.get(arn) ?? [])];
  }

  /** Calls `listener` for every message published from now on; returns the way to stop. */
  onPublish(listener: (message: PublishedMessage) => void): () => void {
    this.#listeners.add(listener);

    return () => this.#listeners.delete(listener);
  }
}

function checkMessage(input: PublishInput): void {
  if (input.message === '') {
    throw snsError('InvalidParameter', 'Invalid parameter: Empty message');
  }
  if (Buffer.byteLength(input.message) > MAX_MESSAGE_BYTES) {
    throw snsError('InvalidParameter', 'Invalid parameter: Message too long');
  }
  const { subject } = input;
  if (subject === undefined) return;
  if (
    subject.length === 0 ||
    subject.length > MAX_SUBJECT_LENGTH ||
    !/^[\x20-\x7e]+$/.test(subject)
  ) {
    throw snsError(
      'InvalidParameter',
      `Invalid parameter: Subject "${subject}": use 1 to 100 printable ASCII characters on one line.`,
    );
  }
}
