import { TargetDeliveryError } from '../errors.js';
import type { LocalCloudStats } from '../stats.js';
import type {
  Delivery,
  DeliveryOutcome,
  DeliveryTarget,
  TargetDeliverer,
} from './event-model.js';
import {
  type BackoffOptions,
  decideRetry,
  retryLimits,
} from './retry-schedule.js';

/** Sends a failed event to a dead-letter queue; false when there is no such queue. */
export type DeadLetterSink = (
  queueArn: string,
  delivery: Delivery,
  attributes: Record<string, string>,
) => boolean;

/** Options of {@link DeliveryScheduler}. */
export interface DeliverySchedulerOptions {
  deliver: TargetDeliverer;
  deadLetter: DeadLetterSink;
  stats: LocalCloudStats;
  backoff: BackoffOptions;
  now?: () => number;
  random?: () => number;
}

/**
 * Runs deliveries in the background with the target's retry policy and
 * dead-letter queue, the way EventBridge does after PutEvents has
 * answered. `idle()` waits for every delivery in flight or waiting to be
 * retried; `stop()` cancels the waiting ones.
 *
 * @example
 * scheduler.schedule(target, { event, input, attempt: 0 }, Date.now());
 * await scheduler.idle();
 */
export class DeliveryScheduler {
  readonly outcomes: DeliveryOutcome[] = [];
  readonly #options: DeliverySchedulerOptions;
  readonly #timers = new Set<NodeJS.Timeout>();
  #pending = 0;
  #waiters: (() => void)[] = [];

  constructor(options: DeliverySchedulerOptions) {
    this.#options = options;
  }

  /** Starts delivering an event received at `receivedAt` (ms). */
  schedule(
    target: DeliveryTarget,
    delivery: Delivery,
    receivedAt: number,
  ): void {
    this.#pending += 1;
    queueMicrotask(() => {
      void this.#attempt(target, delivery, receivedAt);
    });
  }

  /** Resolves once no delivery is in flight or waiting for a retry. */
  idle(): Promise<void> {
    if (this.#pending === 0) {
      return Promise.resolve();
    }

    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  /** Cancels every retry that is waiting. */
  stop(): void {
    for (const timer of this.#timers) {
      clearTimeout(timer);
    }
    this.#timers.clear();
    this.#pending = 0;
    this.#wake();
  }

  async #attempt(
    target: DeliveryTarget,
    delivery: Delivery,
    receivedAt: number,
  ): Promise<void> {
    try {
      await this.#options.deliver(target, delivery);
      this.#options.stats.events.delivered += 1;
      this.#finish({
        kind: 'delivered',
        target,
        eventId: delivery.event.id,
        attempts: delivery.attempt + 1,
      });
    } catch (error) {
      this.#failed(target, delivery, receivedAt, error);
    }
  }

  #failed(
    target: DeliveryTarget,
    delivery: Delivery,
    receivedAt: number,
    error: unknown,
  ): void {
    const now = this.#options.now ?? Date.now;
    const decision = decideRetry({
      retriesDone: delivery.attempt,
      ageMs: now() - receivedAt,
      retryable: !(error instanceof TargetDeliveryError) || error.retryable,
      limits: retryLimits(target.target.RetryPolicy),
      backoff: this.#options.backoff,
      random: this.#options.random ?? Math.random,
    });
    if (decision.kind === 'retry') {
      this.#options.stats.events.retries += 1;
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        void this.#attempt(
          target,
          { ...delivery, attempt: delivery.attempt + 1 },
          receivedAt,
        );
      }, decision.delayMs);
      this.#timers.add(timer);
      return;
    }

    this.#giveUp(target, delivery, error, decision.condition);
  }

  #giveUp(
    target: DeliveryTarget,
    delivery: Delivery,
    error: unknown,
    condition: string | undefined,
  ): void {
    const errorCode =
      error instanceof TargetDeliveryError ? error.code : 'SDK_CLIENT_ERROR';
    const errorMessage = error instanceof Error ? error.message : String(error);
    const attributes: Record<string, string> = {
      RULE_ARN: target.ruleArn,
      TARGET_ARN: target.target.Arn,
      ERROR_CODE: errorCode,
      ERROR_MESSAGE: errorMessage,
      RETRY_ATTEMPTS: String(delivery.attempt),
    };
    if (condition) {
      attributes.EXHAUSTED_RETRY_CONDITION = condition;
    }
    const queueArn = target.target.DeadLetterConfig?.Arn;
    const kept = queueArn
      ? this.#options.deadLetter(queueArn, delivery, attributes)
      : false;
    if (kept) {
      this.#options.stats.events.deadLettered += 1;
    } else {
      this.#options.stats.events.dropped += 1;
    }

    this.#finish({
      kind: kept ? 'dead-lettered' : 'dropped',
      target,
      eventId: delivery.event.id,
      attempts: delivery.attempt + 1,
      errorCode,
      errorMessage,
    });
  }

  #finish(outcome: DeliveryOutcome): void {
    this.outcomes.push(outcome);
    this.#pending = Math.max(0, this.#pending - 1);
    if (this.#pending === 0) {
      this.#wake();
    }
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) {
      wake();
    }
  }
}
