/**
 * The context values (`cdk synth -c KEY=VALUE`) the stack reads. Each one
 * is optional; {@link readStackSettings} documents the defaults.
 *
 * @example
 * new App({ context: { [ContextKey.TableBilling]: 'provisioned' } });
 */
export const ContextKey = {
  TableBilling: 'tableBilling',
  ReadCapacity: 'readCapacity',
  WriteCapacity: 'writeCapacity',
  PaymentProviderUrl: 'paymentProviderUrl',
  LumigoTokenSecret: 'lumigoTokenSecret',
  AlertWebhookSecret: 'alertWebhookSecret',
  LogLevel: 'logLevel',
  LogRetentionDays: 'logRetentionDays',
  WorkflowLogLevel: 'workflowLogLevel',
  LambdaCode: 'lambdaCode',
  OrderValidationConcurrency: 'orderValidationConcurrency',
  PaymentProcessingConcurrency: 'paymentProcessingConcurrency',
  FulfillmentConcurrency: 'fulfillmentConcurrency',
} as const;

/** One of the values of {@link ContextKey}. */
export type ContextKey = (typeof ContextKey)[keyof typeof ContextKey];
