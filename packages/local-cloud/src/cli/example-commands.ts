import type { RunningStack } from '../start-stack.js';

const AWS_CLI = '/usr/bin/aws';

/**
 * AWS CLI commands that drive the running stack: send an order, read it
 * back, list its workflow runs, its traces and the dead-letter queue.
 *
 * @example
 * process.stdout.write(exampleCommands(running));
 */
export function exampleCommands({ cloud, stack }: RunningStack): string {
  const aws = `${AWS_CLI} --endpoint-url ${cloud.endpoint} --region ${cloud.region}`;
  const { outputs } = stack;
  const entry = {
    EventBusName: outputs.EventBusName ?? 'orders',
    Source: 'com.ecommerce.orders',
    DetailType: 'OrderCreated',
    Detail: JSON.stringify(exampleOrder()),
  };
  const lines = [
    'Try it (any credentials do)',
    '  export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local AWS_PAGER=',
    `  ${aws} events put-events --entries ${quoted(JSON.stringify([entry]))}`,
    `  ${aws} dynamodb get-item --table-name ${outputs.OrdersTableName ?? 'orders'} --key ${quoted('{"orderId":{"S":"cli-0001"}}')} --consistent-read`,
  ];
  if (outputs.StateMachineArn !== undefined) {
    lines.push(
      `  ${aws} stepfunctions list-executions --state-machine-arn ${outputs.StateMachineArn}`,
    );
  }
  lines.push(
    `  ${aws} xray get-trace-summaries --start-time $(($(date +%s)-600)) --end-time $(date +%s)`,
  );
  if (outputs.DeadLetterQueueUrl !== undefined) {
    lines.push(
      `  ${aws} sqs receive-message --queue-url ${outputs.DeadLetterQueueUrl} --max-number-of-messages 10`,
    );
  }

  return `${lines.join('\n')}\n`;
}

function exampleOrder() {
  return {
    orderId: 'cli-0001',
    customerId: 'cus-0001',
    currency: 'EUR',
    items: [{ sku: 'SKU-1', quantity: 2, unitPrice: 9.5 }],
    totalAmount: 19,
    customerEmail: 'ada.lovelace@example.com',
    shippingAddress: {
      line1: '12 Analytical Way',
      city: 'London',
      postalCode: 'N1 9GU',
      country: 'GB',
    },
    paymentToken: 'tok_test_4242abcd',
  };
}

/** Quotes a value for a POSIX shell. */
function quoted(value: string): string {
  return `'${value.replaceAll("'", "'\\''")}'`;
}
