import {
  GetSecretValueCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { Logger } from '@org/order-runtime';
import type { AlertMessage } from './alert-message.js';
import { WebhookDeliveryError } from './errors.js';

/**
 * Reads the webhook URL from a Secrets Manager secret whose string value
 * is the URL. Undefined when the value is not an http(s) URL.
 *
 * @example
 * const url = await readWebhookUrl(secrets, 'rca-responder/webhook');
 */
export async function readWebhookUrl(
  secrets: SecretsManagerClient,
  secretName: string,
): Promise<string | undefined> {
  const answer = await secrets.send(
    new GetSecretValueCommand({ SecretId: secretName }),
  );
  const value = answer.SecretString?.trim() ?? '';

  return /^https?:\/\/\S+$/.test(value) ? value : undefined;
}

/** Time allowed for the webhook to answer. */
const WEBHOOK_TIMEOUT_MS = 5000;

/**
 * Posts the message as JSON (`{ text, subject, body, alarmName, state }`;
 * `text` is what Slack-style webhooks show).
 *
 * @throws {WebhookDeliveryError} when the webhook answers other than 2xx
 * or cannot be reached
 * @example
 * await postToWebhook(url, message, { alarmName: 'orders-dlq-not-empty', state: 'ALARM' });
 */
export async function postToWebhook(
  url: string,
  message: AlertMessage,
  alarm: { alarmName: string; state: string },
): Promise<void> {
  const payload = {
    text: `${message.subject}\n${message.body}`,
    subject: message.subject,
    body: message.body,
    ...alarm,
  };
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
  } catch (error) {
    throw new WebhookDeliveryError(undefined, { cause: error });
  }
  await response.body?.cancel();
  if (!response.ok) throw new WebhookDeliveryError(response.status);
}

/**
 * Where {@link notifyChat} finds the webhook and reports trouble.
 *
 * @example
 * const chat: ChatTarget = { secrets, secretName: 'alerts/webhook', logger, alarm };
 */
export interface ChatTarget {
  secrets: SecretsManagerClient;
  secretName: string;
  logger: Logger;
  alarm: { alarmName: string; state: string };
}

/**
 * Best effort: reads the webhook URL from the secret and posts the
 * message; a secret without a URL, an unreachable webhook or a non-2xx
 * answer is logged as a warning, never thrown.
 *
 * @example
 * await notifyChat(message, { secrets, secretName, logger, alarm });
 */
export async function notifyChat(
  message: AlertMessage,
  target: ChatTarget,
): Promise<void> {
  const { logger, secretName, alarm } = target;
  try {
    const url = await readWebhookUrl(target.secrets, secretName);
    if (url === undefined) {
      logger.warn('webhook secret holds no http(s) URL', { secretName });
      return;
    }
    await postToWebhook(url, message, alarm);
  } catch (error) {
    logger.warn('chat webhook not notified', {
      alarmName: alarm.alarmName,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
