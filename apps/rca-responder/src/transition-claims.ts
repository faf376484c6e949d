import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { AlarmTransition } from './alarm-event.js';

/**
 * Where handled transitions are remembered: a table whose partition key
 * is the string `transitionKey` and whose TTL attribute is `expiresAt`.
 *
 * @example
 * const claims: TransitionClaims = { dynamo, tableName: 'rca-responder-transitions', ttlSeconds: 604800 };
 */
export interface TransitionClaims {
  dynamo: DynamoDBClient;
  tableName: string;
  ttlSeconds: number;
}

/**
 * The key of one transition: alarm name, new state and the state's
 * timestamp, so that a redelivered event has the same key.
 *
 * @example
 * transitionKey(transition); // 'order-validation-errors#ALARM#2026-12-03T10:00:00.000+0000'
 */
export function transitionKey(transition: AlarmTransition): string {
  return [transition.alarmName, transition.state, transition.timestamp].join(
    '#',
  );
}

/**
 * Claims a transition with a conditional put: true the first time,
 * false when it was claimed before (a duplicate delivery).
 *
 * @example
 * if (!(await claimTransition(claims, transition, new Date()))) return;
 */
export async function claimTransition(
  claims: TransitionClaims,
  transition: AlarmTransition,
  now: Date,
): Promise<boolean> {
  const expiresAt = Math.floor(now.getTime() / 1000) + claims.ttlSeconds;
  try {
    await claims.dynamo.send(
      new PutItemCommand({
        TableName: claims.tableName,
        Item: {
          transitionKey: { S: transitionKey(transition) },
          alarmName: { S: transition.alarmName },
          state: { S: transition.state },
          claimedAt: { S: now.toISOString() },
          expiresAt: { N: String(expiresAt) },
        },
        ConditionExpression: 'attribute_not_exists(transitionKey)',
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Forgets a claim, so that a retried delivery handles the transition
 * again after its alert could not be published.
 *
 * @example
 * await releaseTransition(claims, transition);
 */
export async function releaseTransition(
  claims: TransitionClaims,
  transition: AlarmTransition,
): Promise<void> {
  await claims.dynamo.send(
    new DeleteItemCommand({
      TableName: claims.tableName,
      Key: { transitionKey: { S: transitionKey(transition) } },
    }),
  );
}

function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error instanceof Error && error.name === 'ConditionalCheckFailedException')
  );
}
