import { TargetDeliveryError } from '../errors.js';
import type { LocalSqs } from '../sqs/local-sqs.js';
import type { LocalCloudStats } from '../stats.js';
import { DeliveryScheduler } from './delivery-scheduler.js';
import { EventBuses } from './event-buses.js';
import type {
  Delivery,
  DeliveryOutcome,
  DeliveryTarget,
  TargetDeliverer,
} from './event-model.js';
import {
  buildEvent,
  type PutEventsEntry,
  type PutEventsResultEntry,
} from './put-entry.js';
import type { BackoffOptions } from './retry-schedule.js';
import { targetInput } from './target-input.js';

/** Options of {@link LocalEventBridge}. */
export interface LocalEventBridgeOptions {
  region: string;
  sqs: LocalSqs;
  stats: LocalCloudStats;
  /** Delays between delivery attempts. Defaults: 100 ms doubling up to 10 s. */
  backoff?: Partial<BackoffOptions>;
  now?: () => number;
  random?: () => number;
}

/**
 * EventBridge in process: buses, rules, targets and PutEvents, with
 * deliveries made in the background through a deliverer chosen by the
 * target ARN's service. SQS targets are built in; other services (Lambda,
 * Step Functions) plug in with `useDeliverer`. A target whose service has
 * no deliverer fails at once without retries, as AWS treats a target that
 * does not exist.
 *
 * @example
 * cloud.events.useDeliverer('lambda', async (target, delivery) => { ... });
 * cloud.events.putEvents([{ Source: 'shop', DetailType: 'OrderCreated', Detail: '{}' }]);
 * await cloud.events.idle();
 */
export class LocalEventBridge {
  readonly buses: EventBuses;
  readonly #options: LocalEventBridgeOptions;
  readonly #deliverers = new Map<string, TargetDeliverer>();
  readonly #scheduler: DeliveryScheduler;

  constructor(options: LocalEventBridgeOptions) {
    this.#options = options;
    this.buses = new EventBuses(options.region);
    this.#deliverers.set('sqs', (target, delivery) =>
      this.#deliverToQueue(target, delivery),
    );
    this.#scheduler = new DeliveryScheduler({
      deliver: (target, delivery) => this.#deliver(target, delivery),
      deadLetter: (queueArn, delivery, attributes) =>
        this.#deadLetter(queueArn, delivery, attributes),
      stats: options.stats,
      backoff: { baseDelayMs: 100, maxDelayMs: 10_000, ...options.backoff },
      now: options.now,
      random: options.random,
    });
  }

  /** Routes targets whose ARN names `service` (`lambda`, `states`, …) to a deliverer. */
  useDeliverer(service: string, deliverer: TargetDeliverer): void {
    this.#deliverers.set(service, deliverer);
  }

  /** Puts events on their buses, answering per entry as PutEvents does. */
  putEvents(entries: PutEventsEntry[]): PutEventsResultEntry[] {
    const now = (this.#options.now ?? Date.now)();
    return entries.map((entry) => {
      this.#options.stats.events.putEntries += 1;
      const built = buildEvent(entry, this.#options.region, new Date(now));
      if (built.kind === 'refused') {
        return { ErrorCode: built.ErrorCode, ErrorMessage: built.ErrorMessage };
      }
      const bus = this.buses
        .buses()
        .find((candidate) =>
          [candidate.name, candidate.arn].includes(
            entry.EventBusName ?? 'default',
          ),
        );
      if (!bus) {
        return {
          ErrorCode: 'ResourceNotFoundException',
          ErrorMessage: `Event bus ${entry.EventBusName} does not exist.`,
        };
      }
      for (const rule of bus.rules.values()) {
        if (rule.state !== 'ENABLED' || !rule.matcher?.(built.event)) {
          continue;
        }
        this.#options.stats.events.matched += 1;
        for (const target of rule.targets.values()) {
          const delivery: Delivery = {
            event: built.event,
            input: targetInput(target, built.event),
            traceHeader:
              typeof entry.TraceHeader === 'string'
                ? entry.TraceHeader
                : undefined,
            attempt: 0,
          };
          const deliveryTarget = {
            ruleArn: rule.arn,
            ruleName: rule.name,
            busName: bus.name,
            target,
          };
          this.#scheduler.schedule(deliveryTarget, delivery, now);
        }
      }

      return { EventId: built.event.id };
    });
  }

  /** Resolves once every delivery has been made, dead-lettered or dropped. */
  idle(): Promise<void> {
    return this.#scheduler.idle();
  }

  /** What became of each delivery so far, oldest first. */
  outcomes(): readonly DeliveryOutcome[] {
    return this.#scheduler.outcomes;
  }

  /** Cancels every delivery waiting for a retry. */
  stop(): void {
    this.#scheduler.stop();
  }

  #deliver(target: DeliveryTarget, delivery: Delivery): Promise<void> {
    const service = target.target.Arn.split(':')[2] ?? '';
    const deliverer = this.#deliverers.get(service);
    if (!deliverer) {
      return Promise.reject(
        new TargetDeliveryError(
          `No emulated ${service || 'unknown'} service takes target ${target.target.Arn}; register one with useDeliverer('${service}', …).`,
          { code: 'RESOURCE_NOT_FOUND', retryable: false },
        ),
      );
    }

    return deliverer(target, delivery);
  }

  async #deliverToQueue(
    target: DeliveryTarget,
    delivery: Delivery,
  ): Promise<void> {
    try {
      this.#options.sqs.queueByReference(target.target.Arn).send({
        body: delivery.input,
        traceHeader: delivery.traceHeader,
      });
    } catch (error) {
      throw new TargetDeliveryError(
        `Queue ${target.target.Arn} does not exist.`,
        {
          code: 'RESOURCE_NOT_FOUND',
          retryable: false,
          cause: error,
        },
      );
    }
  }

  #deadLetter(
    queueArn: string,
    delivery: Delivery,
    attributes: Record<string, string>,
  ): boolean {
    try {
      this.#options.sqs.queueByReference(queueArn).send({
        body: JSON.stringify(delivery.event),
        traceHeader: delivery.traceHeader,
        messageAttributes: Object.fromEntries(
          Object.entries(attributes).map(([name, value]) => [
            name,
            { DataType: 'String', StringValue: value },
          ]),
        ),
      });
      return true;
    } catch {
      return false;
    }
  }
}
