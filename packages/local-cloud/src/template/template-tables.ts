import { TemplateDeploymentError } from '../errors.js';
import {
  physicalName,
  resourcesOfType,
  type TemplateResource,
} from './template-resources.js';

/** Runs a DynamoDB operation on the store, as `LocalCloud.dynamodb.request`. */
export type DynamoDbRequest = (
  operation: string,
  input: Record<string, unknown>,
) => Promise<unknown>;

/**
 * Creates every `AWS::DynamoDB::Table` of a template in the store and
 * waits until each is ACTIVE. Keys, billing mode, provisioned throughput
 * (which the throughput gate then enforces) and secondary indexes are
 * carried over; point-in-time recovery, encryption, TTL and streams have
 * no local effect and are left out. Returns the table names.
 *
 * @example
 * const tables = await deployTables(cloud.dynamodb.request, template); // ['orders']
 */
export async function deployTables(
  request: DynamoDbRequest,
  template: unknown,
): Promise<string[]> {
  const names: string[] = [];
  for (const [logicalId, resource] of resourcesOfType(
    template,
    'AWS::DynamoDB::Table',
  )) {
    const input = createTableInput(logicalId, resource);
    await createTable(request, input);
    names.push(input.TableName as string);
  }

  return names;
}

/**
 * The CreateTable request a table resource stands for.
 *
 * @example
 * createTableInput('Orders', resource).BillingMode; // 'PAY_PER_REQUEST'
 */
export function createTableInput(
  logicalId: string,
  resource: TemplateResource,
): Record<string, unknown> {
  const properties = resource.Properties ?? {};
  if (!Array.isArray(properties.KeySchema)) {
    throw new TemplateDeploymentError(
      `Table ${logicalId} has no KeySchema list; synthesize the table with a partition key.`,
    );
  }
  const provisioned = properties.BillingMode !== 'PAY_PER_REQUEST';
  const input: Record<string, unknown> = {
    TableName: physicalName(logicalId, resource, 'TableName'),
    AttributeDefinitions: properties.AttributeDefinitions,
    KeySchema: properties.KeySchema,
    BillingMode: provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
  };
  if (provisioned) {
    input.ProvisionedThroughput = throughput(
      logicalId,
      properties.ProvisionedThroughput,
    );
  }
  const globalIndexes = properties.GlobalSecondaryIndexes;
  if (Array.isArray(globalIndexes) && globalIndexes.length > 0) {
    input.GlobalSecondaryIndexes = globalIndexes.map((index) =>
      secondaryIndex(logicalId, index, provisioned),
    );
  }
  const localIndexes = properties.LocalSecondaryIndexes;
  if (Array.isArray(localIndexes) && localIndexes.length > 0) {
    input.LocalSecondaryIndexes = localIndexes.map((index) =>
      secondaryIndex(logicalId, index, false),
    );
  }

  return input;
}

function secondaryIndex(
  logicalId: string,
  index: Record<string, unknown>,
  provisioned: boolean,
): Record<string, unknown> {
  const { IndexName, KeySchema, Projection } = index;

  return {
    IndexName,
    KeySchema,
    Projection: Projection ?? { ProjectionType: 'ALL' },
    ...(provisioned
      ? {
          ProvisionedThroughput: throughput(
            `${logicalId}/${String(IndexName)}`,
            index.ProvisionedThroughput,
          ),
        }
      : {}),
  };
}

function throughput(
  owner: string,
  value: unknown,
): { ReadCapacityUnits: number; WriteCapacityUnits: number } {
  const units = (value ?? {}) as Record<string, unknown>;
  const read = Number(units.ReadCapacityUnits);
  const write = Number(units.WriteCapacityUnits);
  if (!(read > 0 && write > 0)) {
    throw new TemplateDeploymentError(
      `Table ${owner} is provisioned but its ProvisionedThroughput is ${JSON.stringify(value)}; give ReadCapacityUnits and WriteCapacityUnits above 0, or BillingMode PAY_PER_REQUEST.`,
    );
  }

  return { ReadCapacityUnits: read, WriteCapacityUnits: write };
}

async function createTable(
  request: DynamoDbRequest,
  input: Record<string, unknown>,
): Promise<void> {
  const created = (await request('CreateTable', input)) as {
    __type?: string;
    message?: string;
  };
  if (created.__type !== undefined) {
    throw new TemplateDeploymentError(
      `CreateTable ${String(input.TableName)} failed: ${created.__type} ${created.message ?? ''}`.trim(),
    );
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    const description = (await request('DescribeTable', {
      TableName: input.TableName,
    })) as { Table?: { TableStatus?: string } };
    if (description.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new TemplateDeploymentError(
    `Table ${String(input.TableName)} did not become ACTIVE within 2 seconds.`,
  );
}
