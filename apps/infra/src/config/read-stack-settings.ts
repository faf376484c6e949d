import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';
import { ContextValueError } from '../errors.js';
import { ContextKey } from './context-keys.js';
import { readChoice, readText, readWholeNumber } from './context-values.js';
import { ServiceName } from './service-name.js';
import type {
  LambdaCodeSource,
  StackSettings,
  TableBilling,
  WorkflowLogLevel,
} from './stack-settings.js';

/** The payment provider the functions call unless told otherwise. */
export const DEFAULT_PAYMENT_PROVIDER_URL = 'https://payments.example.com';

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR'] as const;
const WORKFLOW_LOG_LEVELS: readonly WorkflowLogLevel[] = ['ALL', 'ERROR'];
const LAMBDA_CODE_SOURCES: readonly LambdaCodeSource[] = [
  'bundle',
  'placeholder',
];

/**
 * Reads the stack's settings from the context of `node` (usually the app's
 * or the stack's). Defaults: on-demand table, provider
 * `https://payments.example.com`, Lumigo off, no chat webhook, `LOG_LEVEL` INFO, logs kept
 * 30 days, workflow log level ALL (without execution data), bundled code, no reserved concurrency.
 *
 * @throws ContextValueError when a value is present but unusable.
 * @example
 * const settings = readStackSettings(stack.node);
 */
export function readStackSettings(node: Node): StackSettings {
  return {
    tableBilling: readTableBilling(node),
    paymentProviderUrl: readProviderUrl(node),
    lumigoTokenSecret: readText(node, ContextKey.LumigoTokenSecret),
    alertWebhookSecret: readText(node, ContextKey.AlertWebhookSecret),
    logLevel: readChoice(node, ContextKey.LogLevel, LOG_LEVELS, 'INFO'),
    logRetentionDays: readRetentionDays(node),
    workflowLogLevel: readChoice(
      node,
      ContextKey.WorkflowLogLevel,
      WORKFLOW_LOG_LEVELS,
      'ALL',
    ),
    lambdaCode: readChoice(
      node,
      ContextKey.LambdaCode,
      LAMBDA_CODE_SOURCES,
      'bundle',
    ),
    reservedConcurrency: {
      [ServiceName.OrderValidation]: readWholeNumber(
        node,
        ContextKey.OrderValidationConcurrency,
        0,
      ),
      [ServiceName.PaymentProcessing]: readWholeNumber(
        node,
        ContextKey.PaymentProcessingConcurrency,
        0,
      ),
      [ServiceName.Fulfillment]: readWholeNumber(
        node,
        ContextKey.FulfillmentConcurrency,
        0,
      ),
    },
  };
}

function readTableBilling(node: Node): TableBilling {
  const kind = readChoice(
    node,
    ContextKey.TableBilling,
    ['on-demand', 'provisioned'] as const,
    'on-demand',
  );
  if (kind === 'on-demand') return { kind };

  return {
    kind,
    readCapacity: readWholeNumber(node, ContextKey.ReadCapacity, 1) ?? 1,
    writeCapacity: readWholeNumber(node, ContextKey.WriteCapacity, 1) ?? 1,
  };
}

function readProviderUrl(node: Node): string {
  const url = readText(node, ContextKey.PaymentProviderUrl);
  if (url === undefined) return DEFAULT_PAYMENT_PROVIDER_URL;
  if (!URL.canParse(url)) {
    throw new ContextValueError(
      ContextKey.PaymentProviderUrl,
      url,
      'an absolute URL such as https://payments.example.com',
    );
  }

  return url;
}

function readRetentionDays(node: Node): number {
  const days = readWholeNumber(node, ContextKey.LogRetentionDays, 1) ?? 30;
  const allowed = Object.values(RetentionDays).filter(
    (value): value is number => typeof value === 'number',
  );
  if (!allowed.includes(days)) {
    throw new ContextValueError(
      ContextKey.LogRetentionDays,
      node.tryGetContext(ContextKey.LogRetentionDays),
      `one of CloudWatch Logs' retention periods (${allowed.join(', ')})`,
    );
  }

  return days;
}
