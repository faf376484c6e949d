import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  Table,
  TableEncryption,
  type TableProps,
} from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import type { TableBilling } from '../config/stack-settings.js';

/** The name of the orders table, on AWS and in the local cloud. */
export const ORDERS_TABLE_NAME = 'orders';

/**
 * Creates the `orders` table (an `AWS::DynamoDB::Table`): partition key
 * `orderId` (string), point-in-time recovery on, AWS-owned encryption,
 * retained on stack deletion. On-demand unless `billing` asks for
 * provisioned capacity.
 *
 * @example
 * const table = createOrdersTable(stack, { kind: 'on-demand' });
 */
export function createOrdersTable(
  scope: Construct,
  billing: TableBilling,
): Table {
  return new Table(scope, 'OrdersTable', {
    tableName: ORDERS_TABLE_NAME,
    partitionKey: { name: 'orderId', type: AttributeType.STRING },
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    encryption: TableEncryption.DEFAULT,
    removalPolicy: RemovalPolicy.RETAIN,
    ...toCapacity(billing),
  });
}

function toCapacity(billing: TableBilling): Partial<TableProps> {
  if (billing.kind === 'on-demand') {
    return { billingMode: BillingMode.PAY_PER_REQUEST };
  }

  return {
    billingMode: BillingMode.PROVISIONED,
    readCapacity: billing.readCapacity,
    writeCapacity: billing.writeCapacity,
  };
}
