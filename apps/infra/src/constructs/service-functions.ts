import { Duration, RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  type Function as LambdaFunction,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { SERVICE_NAMES, ServiceName } from '../config/service-name.js';
import type { StackSettings } from '../config/stack-settings.js';
import { createFunctionWithCode } from './function-code.js';

/** The pipeline's functions, by service name. */
export type ServiceFunctions = Record<ServiceName, LambdaFunction>;

/** What the functions' environment points at. */
export interface ServiceFunctionTargets {
  ordersTableName: string;
  eventBusName: string;
}

const TIMEOUT_SECONDS: Record<ServiceName, number> = {
  [ServiceName.OrderValidation]: 10,
  [ServiceName.PaymentProcessing]: 15,
  [ServiceName.Fulfillment]: 10,
};

const CONSTRUCT_IDS: Record<ServiceName, string> = {
  [ServiceName.OrderValidation]: 'OrderValidation',
  [ServiceName.PaymentProcessing]: 'PaymentProcessing',
  [ServiceName.Fulfillment]: 'Fulfillment',
};

/**
 * The timeout of a service's function in seconds; the workflow's task
 * timeouts are set a little above it.
 *
 * @example
 * functionTimeoutSeconds('payment-processing'); // 15
 */
export function functionTimeoutSeconds(service: ServiceName): number {
  return TIMEOUT_SECONDS[service];
}

/**
 * Creates the three functions: Node.js 22, active tracing, a log group
 * with retention, a role of their own that can only write that log group
 * (grants are added by {@link grantServicePermissions}), optional reserved
 * concurrency, and the environment of the Lambda contract. With a Lumigo
 * secret they also get `LUMIGO_TRACER_TOKEN` as a Secrets Manager dynamic
 * reference.
 *
 * @example
 * const functions = createServiceFunctions(stack, settings, targets);
 * functions['order-validation'].functionName;
 */
export function createServiceFunctions(
  scope: Construct,
  settings: StackSettings,
  targets: ServiceFunctionTargets,
): ServiceFunctions {
  const group = new Construct(scope, 'Functions');
  const create = (service: ServiceName) =>
    createServiceFunction(group, service, settings, targets);

  return Object.fromEntries(
    SERVICE_NAMES.map((service) => [service, create(service)]),
  ) as ServiceFunctions;
}

function createServiceFunction(
  scope: Construct,
  service: ServiceName,
  settings: StackSettings,
  targets: ServiceFunctionTargets,
): LambdaFunction {
  const id = CONSTRUCT_IDS[service];
  const logGroup = new LogGroup(scope, `${id}Logs`, {
    logGroupName: `/aws/lambda/${service}`,
    retention: settings.logRetentionDays,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const role = new Role(scope, `${id}Role`, {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Runs the ${service} function`,
  });
  logGroup.grantWrite(role);

  return createFunctionWithCode(scope, id, service, settings.lambdaCode, {
    functionName: service,
    runtime: Runtime.NODEJS_22_X,
    memorySize: 256,
    timeout: Duration.seconds(TIMEOUT_SECONDS[service]),
    tracing: Tracing.ACTIVE,
    logGroup,
    role,
    reservedConcurrentExecutions: settings.reservedConcurrency[service],
    environment: serviceEnvironment(service, settings, targets),
  });
}

function serviceEnvironment(
  service: ServiceName,
  settings: StackSettings,
  targets: ServiceFunctionTargets,
): Record<string, string> {
  const environment: Record<string, string> = {
    SERVICE_NAME: service,
    LOG_LEVEL: settings.logLevel,
    ORDERS_TABLE_NAME: targets.ordersTableName,
    EVENT_BUS_NAME: targets.eventBusName,
    // The bundles carry source maps; this makes stack traces use them.
    NODE_OPTIONS: '--enable-source-maps',
  };
  if (service === ServiceName.PaymentProcessing) {
    environment.PAYMENT_PROVIDER_URL = settings.paymentProviderUrl;
  }
  if (settings.lumigoTokenSecret !== undefined) {
    environment.LUMIGO_TRACER_TOKEN = SecretValue.secretsManager(
      settings.lumigoTokenSecret,
    ).unsafeUnwrap();
  }

  return environment;
}
