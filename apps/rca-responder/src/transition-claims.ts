import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
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
 * The states of a claim: taken by a running invocation, or done (the
 * alert was published).
 *
 * @example
 * ClaimStatus.inProgress; // 'IN_PROGRESS'
 */
export const ClaimStatus = {
  inProgress: 'IN_PROGRESS',
  published: 'PUBLISHED',
} as const;

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
 * Claims a transition with a conditional put: true the first time, and
 * again when an earlier claim is still IN_PROGRESS past its lease (that
 * invocation died before publishing); false when the transition was
 * published or another invocation holds it (a duplicate delivery).
 *
 * @example
 * if (!(await claimTransition(claims, transition, new Date(), 65))) return;
 */
export async function claimTransition(
  claims: TransitionClaims,
  transition: AlarmTransition,
  now: Date,
  leaseSeconds: number,
): Promise<boolean> {
  const nowSeconds = Math.floor(now.getTime() / 1000);
  try {
    await claims.dynamo.send(
      new PutItemCommand({
        TableName: claims.tableName,
        Item: {
          transitionKey: { S: transitionKey(transition) },
          alarmName: { S: transition.alarmName },
          state: { S: transition.state },
          status: { S: ClaimStatus.inProgress },
          claimedAt: { S: now.toISOString() },
          leaseExpiresAt: { N: String(nowSeconds + leaseSeconds) },
          expiresAt: { N: String(nowSeconds + claims.ttlSeconds) },
        },
        ConditionExpression:
          'attribute_not_exists(transitionKey) OR (#status = :inProgress AND leaseExpiresAt < :now)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':inProgress': { S: ClaimStatus.inProgress },
          ':now': { N: String(nowSeconds) },
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/**
 * Marks a claimed transition as published, for good.
 *
 * @example
 * await completeTransition(claims, transition);
 */
export async function completeTransition(
  claims: TransitionClaims,
  transition: AlarmTransition,
): Promise<void> {
  await claims.dynamo.send(
    new UpdateItemCommand({
      TableName: claims.tableName,
      Key: { transitionKey: { S: transitionKey(transition) } },
      UpdateExpression: 'SET #status = :published',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':published': { S: ClaimStatus.published },
      },
    }),
  );
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
