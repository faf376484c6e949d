export { ContextKey } from './config/context-keys.js';
export {
  DEFAULT_PAYMENT_PROVIDER_URL,
  readStackSettings,
} from './config/read-stack-settings.js';
export { SERVICE_NAMES, ServiceName } from './config/service-name.js';
export type {
  LambdaCodeSource,
  StackSettings,
  TableBilling,
  WorkflowLogLevel,
} from './config/stack-settings.js';
export {
  RESPONDER_NAME,
  TRANSITIONS_TABLE_NAME,
} from './constructs/alarm-responder.js';
export { ALERT_TOPIC_NAME } from './constructs/alert-topic.js';
export {
  EVENT_BUS_NAME,
  RULE_RETRY_POLICY,
} from './constructs/order-events.js';
export { STATE_MACHINE_NAME } from './constructs/order-workflow.js';
export { ORDERS_TABLE_NAME } from './constructs/orders-table.js';
export { TABLE_ACTIONS } from './constructs/service-permissions.js';
export { OutputKey } from './constructs/stack-outputs.js';
export type { OrderApp, OrderAppOptions } from './create-order-app.js';
export { createOrderApp } from './create-order-app.js';
export type { CredentialSource } from './deploy/aws-credentials.js';
export { findCredentialSource } from './deploy/aws-credentials.js';
export {
  ContextValueError,
  InfraError,
  MissingCredentialsError,
  MissingHandlerError,
  NagFindingsError,
} from './errors.js';
export type { NagFinding } from './nag/nag-findings.js';
export { assertNoNagFindings, findNagFindings } from './nag/nag-findings.js';
export { ServerlessOrderStack, STACK_ID } from './serverless-order-stack.js';
export type {
  FunctionAsset,
  SynthesizedOrderStack,
  SynthesizeOptions,
} from './synth/synthesize-order-stack.js';
export { synthesizeOrderStack } from './synth/synthesize-order-stack.js';
