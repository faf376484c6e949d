import type { DynaliteBackend } from './dynalite-backend.js';
import type { TableBilling } from './throughput-gate.js';

/**
 * Asks the store how a table is billed: on demand, or provisioned with
 * its read and write capacity units; `missing` when there is no such
 * table.
 *
 * @example
 * const billing = await describeBilling(backend, 'orders');
 * if (billing.kind === 'provisioned') billing.throughput.write;
 */
export async function describeBilling(
  backend: DynaliteBackend,
  table: string,
): Promise<TableBilling> {
  const answer = await backend.send({
    target: 'DynamoDB_20120810.DescribeTable',
    body: JSON.stringify({ TableName: table }),
  });
  if (answer.status !== 200) {
    return { kind: 'missing' };
  }

  const description = (JSON.parse(answer.body) as { Table?: TableShape }).Table;
  if (description?.BillingModeSummary?.BillingMode === 'PAY_PER_REQUEST') {
    return { kind: 'on-demand' };
  }
  const provisioned = description?.ProvisionedThroughput;

  return {
    kind: 'provisioned',
    throughput: {
      read: provisioned?.ReadCapacityUnits ?? 1,
      write: provisioned?.WriteCapacityUnits ?? 1,
    },
  };
}

interface TableShape {
  BillingModeSummary?: { BillingMode?: string };
  ProvisionedThroughput?: {
    ReadCapacityUnits?: number;
    WriteCapacityUnits?: number;
  };
}
