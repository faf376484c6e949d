import type { EventMatcher } from './pattern/compile-pattern.js';

/** An event as EventBridge hands it to targets. */
export interface EventEnvelope {
  version: '0';
  id: string;
  'detail-type': string;
  source: string;
  account: string;
  /** ISO 8601 without milliseconds, for example `2026-12-03T17:00:00Z`. */
  time: string;
  region: string;
  resources: string[];
  detail: unknown;
}

/** A target of a rule, in the shape of the PutTargets API. */
export interface RuleTarget {
  Id: string;
  Arn: string;
  Input?: string;
  InputPath?: string;
  InputTransformer?: {
    InputPathsMap?: Record<string, string>;
    InputTemplate: string;
  };
  RetryPolicy?: {
    MaximumRetryAttempts?: number;
    MaximumEventAgeInSeconds?: number;
  };
  DeadLetterConfig?: { Arn?: string };
}

/** A rule on an event bus. */
export interface Rule {
  name: string;
  busName: string;
  arn: string;
  state: 'ENABLED' | 'DISABLED';
  eventPattern?: string;
  matcher?: EventMatcher;
  description?: string;
  scheduleExpression?: string;
  targets: Map<string, RuleTarget>;
}

/** An event bus and its rules. */
export interface EventBus {
  name: string;
  arn: string;
  rules: Map<string, Rule>;
}

/** Where one delivery goes: the rule that matched and its target. */
export interface DeliveryTarget {
  ruleArn: string;
  ruleName: string;
  busName: string;
  target: RuleTarget;
}

/** What a target receives. */
export interface Delivery {
  event: EventEnvelope;
  /** The target's input: the event as JSON unless the target transforms it. */
  input: string;
  /** The X-Ray trace header the event was put with. */
  traceHeader?: string;
  /** 0 for the first attempt, then 1, 2, … for retries. */
  attempt: number;
}

/**
 * Delivers one event to one target. Throw (ideally a
 * `TargetDeliveryError`) to fail the attempt; EventBridge then retries or
 * dead-letters it by the target's retry policy.
 *
 * @example
 * const deliver: TargetDeliverer = async (target, delivery) => {
 *   await invokeFunction(target.target.Arn, delivery.input);
 * };
 */
export type TargetDeliverer = (
  target: DeliveryTarget,
  delivery: Delivery,
) => Promise<void>;

/** The fate of one delivery, kept for inspection. */
export type DeliveryOutcome =
  | {
      kind: 'delivered';
      target: DeliveryTarget;
      eventId: string;
      attempts: number;
    }
  | {
      kind: 'dead-lettered' | 'dropped';
      target: DeliveryTarget;
      eventId: string;
      attempts: number;
      errorCode: string;
      errorMessage: string;
    };

/**
 * The ISO 8601 time EventBridge puts in events, without milliseconds.
 *
 * @example
 * eventTime(new Date('2026-12-03T17:00:00.123Z')); // '2026-12-03T17:00:00Z'
 */
export function eventTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
