import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { CfnAlarm, IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import {
  AttributeType,
  BillingMode,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction as FunctionTarget } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  type Function as LambdaFunction,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { StackSettings } from '../config/stack-settings.js';
import { createFunctionWithCode } from './function-code.js';

/** The responder's function name, app folder and `SERVICE_NAME`. */
export const RESPONDER_NAME = 'rca-responder';

/** The table of handled alarm transitions, on AWS and locally. */
export const TRANSITIONS_TABLE_NAME = 'rca-responder-transitions';

/** Length of the alarm window and of the baseline before it. */
const LOOKBACK_SECONDS = 300;

/** Time for reading traces, ranking causes and publishing. */
const TIMEOUT = Duration.seconds(60);

/** What the responder listens to and where it reports. */
export interface ResponderTargets {
  alarms: readonly IAlarm[];
  topic: ITopic;
  /** Its literal ARN, so the local cloud reads it from the template. */
  topicArn: string;
}

/** What {@link createAlarmResponder} created. */
export interface AlarmResponder {
  fn: LambdaFunction;
  table: Table;
  rule: Rule;
}

/**
 * Creates the root-cause responder: the `rca-responder` function (Node.js
 * 22, active tracing, its own role and log group), the
 * `rca-responder-transitions` table (key `transitionKey`, TTL `expiresAt`)
 * that keeps each alarm transition from being handled twice, and a rule
 * on the default bus (where CloudWatch puts alarm state changes) for the
 * given alarms' "CloudWatch Alarm State Change" events. Its role may read
 * X-Ray traces, publish to the topic, claim and release transitions and,
 * with `alertWebhookSecret`, read that secret.
 *
 * @example
 * const responder = createAlarmResponder(stack, settings, { alarms, topic, topicArn });
 */
export function createAlarmResponder(
  scope: Construct,
  settings: StackSettings,
  targets: ResponderTargets,
): AlarmResponder {
  const group = new Construct(scope, 'Responder');
  const table = new Table(group, 'TransitionsTable', {
    tableName: TRANSITIONS_TABLE_NAME,
    partitionKey: { name: 'transitionKey', type: AttributeType.STRING },
    timeToLiveAttribute: 'expiresAt',
    billingMode: BillingMode.PAY_PER_REQUEST,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: TableEncryption.DEFAULT,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const fn = createResponderFunction(group, settings, targets.topicArn);
  grantResponder(fn, table, targets.topic, settings);
  const rule = new Rule(group, 'AlarmStateChangeRule', {
    description: 'Sends the stack alarms state changes to the responder',
    eventPattern: {
      source: ['aws.cloudwatch'],
      detailType: ['CloudWatch Alarm State Change'],
      detail: { alarmName: alarmNames(targets.alarms) },
    },
    targets: [
      new FunctionTarget(fn, {
        retryAttempts: 4,
        maxEventAge: Duration.hours(1),
      }),
    ],
  });

  return { fn, table, rule };
}

function createResponderFunction(
  scope: Construct,
  settings: StackSettings,
  topicArn: string,
): LambdaFunction {
  const logGroup = new LogGroup(scope, 'Logs', {
    logGroupName: `/aws/lambda/${RESPONDER_NAME}`,
    retention: settings.logRetentionDays,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const role = new Role(scope, 'Role', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: `Runs the ${RESPONDER_NAME} function`,
  });
  logGroup.grantWrite(role);
  const environment: Record<string, string> = {
    SERVICE_NAME: RESPONDER_NAME,
    LOG_LEVEL: settings.logLevel,
    ALERT_TOPIC_ARN: topicArn,
    IDEMPOTENCY_TABLE_NAME: TRANSITIONS_TABLE_NAME,
    // Declared so that the local cloud can shorten them for a demo.
    LOOKBACK_SECONDS: String(LOOKBACK_SECONDS),
    BASELINE_SECONDS: String(LOOKBACK_SECONDS),
    NODE_OPTIONS: '--enable-source-maps',
  };
  if (settings.alertWebhookSecret !== undefined) {
    environment.WEBHOOK_SECRET_NAME = settings.alertWebhookSecret;
  }

  return createFunctionWithCode(
    scope,
    'Function',
    RESPONDER_NAME,
    settings.lambdaCode,
    {
      functionName: RESPONDER_NAME,
      runtime: Runtime.NODEJS_22_X,
      memorySize: 512,
      timeout: TIMEOUT,
      tracing: Tracing.ACTIVE,
      logGroup,
      role,
      environment,
    },
  );
}

function grantResponder(
  fn: LambdaFunction,
  table: Table,
  topic: ITopic,
  settings: StackSettings,
): void {
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['xray:GetTraceSummaries', 'xray:BatchGetTraces'],
      resources: ['*'],
    }),
  );
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: [
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
      ],
      resources: [table.tableArn],
    }),
  );
  // Written out rather than grantPublish, which adds kms:GenerateDataKey*.
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['sns:Publish'],
      resources: [topic.topicArn],
    }),
  );
  if (topic.masterKey !== undefined) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [topic.masterKey.keyArn],
      }),
    );
  }
  if (settings.alertWebhookSecret !== undefined) {
    Secret.fromSecretNameV2(
      fn,
      'WebhookSecret',
      settings.alertWebhookSecret,
    ).grantRead(fn);
  }
}

// Literal names: the rule must not depend on the alarms' own tokens.
function alarmNames(alarms: readonly IAlarm[]): string[] {
  return alarms.map((alarm) => {
    const resource = alarm.node.defaultChild as CfnAlarm | undefined;
    const name = resource?.alarmName;
    return typeof name === 'string' ? name : Stack.of(alarm).resolve(name);
  });
}
