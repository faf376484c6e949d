import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { readStackSettings } from './config/read-stack-settings.js';
import { ServiceName } from './config/service-name.js';
import type { StackSettings } from './config/stack-settings.js';
import { createAlarmResponder } from './constructs/alarm-responder.js';
import { alertTopicArn, createAlertTopic } from './constructs/alert-topic.js';
import { createAnomalyAlarms } from './constructs/anomaly-alarms.js';
import {
  createOrderEvents,
  EVENT_BUS_NAME,
  routeOrderCreated,
} from './constructs/order-events.js';
import { createOrderWorkflow } from './constructs/order-workflow.js';
import {
  createOrdersTable,
  ORDERS_TABLE_NAME,
} from './constructs/orders-table.js';
import { createPipelineAlarms } from './constructs/pipeline-alarms.js';
import {
  createServiceFunctions,
  functionTimeoutSeconds,
} from './constructs/service-functions.js';
import { grantServicePermissions } from './constructs/service-permissions.js';
import { addStackOutputs } from './constructs/stack-outputs.js';
import { acknowledgeNagFindings } from './nag/acknowledgements.js';

/** The stack's id, and so the name of its template in `cdk.out`. */
export const STACK_ID = 'ServerlessOrderStack';

/** Seconds a workflow task waits beyond its function's own timeout. */
const TASK_TIMEOUT_MARGIN_SECONDS = 5;

/**
 * The order pipeline: the `orders` table, the `orders` event bus with the
 * `OrderCreated` rule and its dead-letter queue, the three functions, the
 * `order-workflow` state machine, static and anomaly-band alarms to an
 * encrypted SNS topic, the `rca-responder` that answers each alarm with
 * its root cause, and the outputs. Settings come from the context (see `ContextKey`).
 *
 * @example
 * const app = new App({ context: { tableBilling: 'provisioned' } });
 * new ServerlessOrderStack(app, STACK_ID);
 */
export class ServerlessOrderStack extends Stack {
  /** The settings this stack was built with, after defaults. */
  readonly settings: StackSettings;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, {
      description: 'Serverless order pipeline traced end to end with X-Ray',
      ...props,
    });
    this.settings = readStackSettings(this.node);

    const table = createOrdersTable(this, this.settings.tableBilling);
    const events = createOrderEvents(this);
    // Literal names rather than Refs: the local cloud reads the functions'
    // environment straight from the template.
    const functions = createServiceFunctions(this, this.settings, {
      ordersTableName: ORDERS_TABLE_NAME,
      eventBusName: EVENT_BUS_NAME,
    });
    const stateMachine = createOrderWorkflow(this, this.settings, {
      paymentProcessing: functions[ServiceName.PaymentProcessing],
      fulfillment: functions[ServiceName.Fulfillment],
      table,
      bus: events.bus,
      taskTimeoutSeconds: {
        chargePayment: taskTimeout(ServiceName.PaymentProcessing),
        fulfillOrder: taskTimeout(ServiceName.Fulfillment),
      },
    });
    const orderValidation = functions[ServiceName.OrderValidation];
    orderValidation.addEnvironment(
      'STATE_MACHINE_ARN',
      stateMachine.stateMachineArn,
    );
    grantServicePermissions(functions, {
      table,
      bus: events.bus,
      stateMachine,
    });
    routeOrderCreated(this, events, orderValidation);

    const topic = createAlertTopic(this);
    const alarms = [
      ...createPipelineAlarms(this, {
        functions,
        stateMachine,
        deadLetterQueue: events.deadLetterQueue,
        topic,
      }),
      ...createAnomalyAlarms(this, { functions, topic }),
    ];
    const responder = createAlarmResponder(this, this.settings, {
      alarms,
      topic,
      topicArn: alertTopicArn(this),
    });
    addStackOutputs(this, {
      tableName: table.tableName,
      eventBusName: events.bus.eventBusName,
      stateMachineArn: stateMachine.stateMachineArn,
      deadLetterQueueUrl: events.deadLetterQueue.queueUrl,
      alertTopicArn: topic.topicArn,
      functions,
      responder,
    });
    acknowledgeNagFindings(this, {
      functions,
      stateMachine,
      deadLetterQueue: events.deadLetterQueue,
      workflowLogLevel: this.settings.workflowLogLevel,
      responder: responder.fn,
    });
  }
}

function taskTimeout(service: ServiceName): number {
  return functionTimeoutSeconds(service) + TASK_TIMEOUT_MARGIN_SECONDS;
}
