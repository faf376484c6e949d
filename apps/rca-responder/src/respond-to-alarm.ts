import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import {
  type MessageAttributeValue,
  PublishCommand,
  type SNSClient,
} from '@aws-sdk/client-sns';
import type { XRayClient } from '@aws-sdk/client-xray';
import type { Logger } from '@org/order-runtime';
import {
  AlarmState,
  type AlarmTransition,
  readAlarmEvent,
} from './alarm-event.js';
import {
  type AlertMessage,
  alarmMessage,
  recoveredMessage,
} from './alert-message.js';
import { analysisWindows } from './analysis-windows.js';
import { notifyChat } from './chat-webhook.js';
import type { ResponderConfig } from './config.js';
import { findVerdict } from './find-verdict.js';
import {
  claimTransition,
  completeTransition,
  releaseTransition,
  type TransitionClaims,
} from './transition-claims.js';

/**
 * What {@link respondToAlarm} works with; the handler passes the real
 * ones.
 *
 * @example
 * await respondToAlarm(event, { ...awsClients(), config, logger, remainingTimeMs: () => 30_000 });
 */
export interface ResponderDependencies {
  dynamo: DynamoDBClient;
  sns: SNSClient;
  xray: XRayClient;
  secrets: SecretsManagerClient;
  config: ResponderConfig;
  logger: Logger;
  /** Waits before reading the traces. Default: a timer. */
  sleep?: (milliseconds: number) => Promise<void>;
  /** Time left in the invocation. Default 60 s. */
  remainingTimeMs?: () => number;
  now?: () => number;
}

/**
 * What the responder did with an event.
 *
 * @example
 * { outcome: 'alerted', alarmName: 'order-validation-errors', subject: 'ALARM …', messageId: '…' }
 */
export type ResponseOutcome =
  | {
      outcome: 'alerted' | 'recovered';
      alarmName: string;
      subject: string;
      messageId?: string;
    }
  | { outcome: 'duplicate' | 'ignored'; alarmName: string };

/** Time kept back from reading traces for publishing the alert. */
const PUBLISH_RESERVE_MS = 5000;

/** Reading time when the invocation's own limit is unknown. */
const DEFAULT_REMAINING_MS = 60_000;

/**
 * Answers one alarm state change. ALARM: waits `settleSeconds` (at most
 * what the invocation can spare), reads the alarm's window and a
 * baseline from X-Ray without the responder's own traces, ranks the root
 * causes and publishes the verdict;
 * OK after ALARM: publishes a short "recovered" message; any other
 * transition (to INSUFFICIENT_DATA, or a new alarm's first OK) is
 * ignored. Each transition is handled once: a conditional put claims it
 * for the invocation's remaining time (a claim whose invocation died is
 * taken over once that lease ends), and it is marked PUBLISHED after the
 * alert. When publishing fails the claim is released and the error
 * thrown, so a retried delivery tries again. The chat webhook is best
 * effort: its failures are logged.
 *
 * @throws {InvalidAlarmEventError} when the event is not an alarm state
 * change
 * @example
 * const result = await respondToAlarm(event, dependencies);
 */
export async function respondToAlarm(
  event: unknown,
  dependencies: ResponderDependencies,
): Promise<ResponseOutcome> {
  const transition = readAlarmEvent(event);
  const { alarmName } = transition;
  if (!isAnnounced(transition)) return { outcome: 'ignored', alarmName };
  const now = dependencies.now ?? Date.now;
  const claims = claimsOf(dependencies);
  const leaseSeconds = Math.ceil(remainingOf(dependencies) / 1000) + 5;
  const claimed = await claimTransition(
    claims,
    transition,
    new Date(now()),
    leaseSeconds,
  );
  if (!claimed) {
    dependencies.logger.info('transition already handled', { alarmName });
    return { outcome: 'duplicate', alarmName };
  }

  const message = await composeMessage(transition, dependencies);
  const messageId = await publishOrRelease(message, transition, dependencies);
  await completeTransition(claims, transition).catch((error: unknown) =>
    dependencies.logger.error('published transition not marked', {
      alarmName,
      error: String(error),
    }),
  );
  if (dependencies.config.webhookSecretName !== undefined) {
    await notifyChat(message, {
      secrets: dependencies.secrets,
      secretName: dependencies.config.webhookSecretName,
      logger: dependencies.logger,
      alarm: { alarmName, state: transition.state },
    });
  }
  dependencies.logger.info('alert published', {
    alarmName,
    state: transition.state,
    subject: message.subject,
  });

  return {
    outcome: transition.state === AlarmState.alarm ? 'alerted' : 'recovered',
    alarmName,
    subject: message.subject,
    messageId,
  };
}

async function composeMessage(
  transition: AlarmTransition,
  dependencies: ResponderDependencies,
): Promise<AlertMessage> {
  if (transition.state !== AlarmState.alarm) {
    return recoveredMessage(transition);
  }
  const { config } = dependencies;
  const now = dependencies.now ?? Date.now;
  await settle(dependencies);
  const remaining = remainingOf(dependencies);
  const verdict = await findVerdict({
    client: dependencies.xray,
    windows: analysisWindows(
      transition.changedAt,
      config.lookbackSeconds,
      config.baselineSeconds,
    ),
    deadline: now() + Math.max(0, remaining - PUBLISH_RESERVE_MS),
    maxTraces: config.maxTraces,
    ownFunction: config.functionName,
    now,
  });
  if (verdict.kind === 'failed') {
    dependencies.logger.warn('root-cause analysis failed', {
      alarmName: transition.alarmName,
      reason: verdict.reason,
    });
  }

  return alarmMessage(transition, verdict);
}

async function publishOrRelease(
  message: AlertMessage,
  transition: AlarmTransition,
  dependencies: ResponderDependencies,
): Promise<string | undefined> {
  try {
    const answer = await dependencies.sns.send(
      new PublishCommand({
        TopicArn: dependencies.config.alertTopicArn,
        Subject: message.subject,
        Message: message.body,
        MessageAttributes: messageAttributes(message.attributes),
      }),
    );
    return answer.MessageId;
  } catch (error) {
    await releaseTransition(claimsOf(dependencies), transition).catch(
      (releaseError: unknown) =>
        dependencies.logger.error('claim could not be released', {
          alarmName: transition.alarmName,
          error: String(releaseError),
        }),
    );
    throw error;
  }
}

function messageAttributes(
  attributes: Record<string, string>,
): Record<string, MessageAttributeValue> {
  return Object.fromEntries(
    Object.entries(attributes).map(([name, value]) => [
      name,
      { DataType: 'String', StringValue: value },
    ]),
  );
}

// An alarm that leaves INSUFFICIENT_DATA for OK (a new alarm's first
// evaluation) did not recover from anything.
function isAnnounced(transition: AlarmTransition): boolean {
  if (transition.state === AlarmState.alarm) return true;

  return (
    transition.state === AlarmState.ok &&
    transition.previousState === AlarmState.alarm
  );
}

// Requests in flight at the state change end within moments, and their
// segments reach X-Ray after them; the wait never eats the reading time.
async function settle(dependencies: ResponderDependencies): Promise<void> {
  const budget = remainingOf(dependencies) - 2 * PUBLISH_RESERVE_MS;
  const wait = Math.min(dependencies.config.settleSeconds * 1000, budget);
  if (wait <= 0) return;
  const sleep =
    dependencies.sleep ??
    ((milliseconds: number) =>
      new Promise<void>((resolve) => setTimeout(resolve, milliseconds)));

  await sleep(wait);
}

function remainingOf(dependencies: ResponderDependencies): number {
  return dependencies.remainingTimeMs?.() ?? DEFAULT_REMAINING_MS;
}

function claimsOf(dependencies: ResponderDependencies): TransitionClaims {
  return {
    dynamo: dependencies.dynamo,
    tableName: dependencies.config.idempotencyTableName,
    ttlSeconds: dependencies.config.idempotencyTtlSeconds,
  };
}
