import type { ServiceName } from './service-name.js';

/** How the orders table pays for throughput. */
export type TableBilling =
  | { kind: 'on-demand' }
  | { kind: 'provisioned'; readCapacity: number; writeCapacity: number };

/**
 * Where the functions' code comes from: `bundle` runs the local esbuild on
 * each app's `src/handler.ts`; `placeholder` puts a one-line inline handler
 * in the template so that tests can synthesize without the Lambda apps.
 */
export type LambdaCodeSource = 'bundle' | 'placeholder';

/** How much of the workflow's executions goes to its log group. */
export type WorkflowLogLevel = 'ALL' | 'ERROR';

/**
 * Everything the stack takes from the context, checked and with defaults
 * applied.
 *
 * @example
 * const settings = readStackSettings(app.node);
 * settings.tableBilling.kind; // 'on-demand'
 */
export interface StackSettings {
  tableBilling: TableBilling;
  paymentProviderUrl: string;
  lumigoTokenSecret: string | undefined;
  /** Secrets Manager secret holding the chat webhook URL of the responder. */
  alertWebhookSecret: string | undefined;
  logLevel: string;
  logRetentionDays: number;
  workflowLogLevel: WorkflowLogLevel;
  lambdaCode: LambdaCodeSource;
  reservedConcurrency: Record<ServiceName, number | undefined>;
}
