import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

const TABLE = 'orders';
const BUS = 'orders-bus';
const TAP = 'orders-bus-tap';

/**
 * The part of `@org/local-cloud`'s `LocalCloud` that
 * {@link startPipelineCloud} uses. Named here, not imported, because
 * `@org/local-cloud`'s own tests depend on this package.
 *
 * @example
 * const host: PipelineCloudHost = await startLocalCloud({ port: 0 });
 */
export interface PipelineCloudHost {
  endpoint: string;
  region: string;
  dynamodb: { request(operation: string, input: object): Promise<unknown> };
  sqs: {
    createQueue(name: string): { arn: string };
    messages(queueName: string): { body: string }[];
  };
  events: {
    buses: {
      createEventBus(name: string): unknown;
      putRule(input: {
        name: string;
        busName?: string;
        eventPattern?: string;
      }): unknown;
      putTargets(
        ruleName: string,
        busName: string | undefined,
        targets: { Id: string; Arn: string }[],
      ): void;
    };
    idle(): Promise<void>;
  };
}

/**
 * A local cloud prepared for a pipeline Lambda, with clients bound to it.
 *
 * @example
 * const pipeline: PipelineCloud<LocalCloud> = await startPipelineCloud(
 *   startLocalCloud,
 * );
 */
export interface PipelineCloud<Cloud extends PipelineCloudHost> {
  cloud: Cloud;
  dynamo: DynamoDBDocumentClient;
  eventBridge: EventBridgeClient;
  tableName: string;
  eventBusName: string;
  /** Writes one item to the orders table. */
  seed(item: Record<string, unknown>): Promise<unknown>;
  /** Every event published to the bus so far, once deliveries settle. */
  published(): Promise<Record<string, unknown>[]>;
}

/**
 * Starts a local cloud on a free port with what the pipeline's Lambdas
 * need: the `orders` table (key `orderId`), the `orders-bus` bus, and a
 * queue that receives every event of the bus, so that a test can read
 * what was published. The caller stops the cloud when done.
 *
 * @example
 * const pipeline = await startPipelineCloud(startLocalCloud);
 * await pipeline.seed({ orderId: 'ord-1', status: 'PAID' });
 */
export async function startPipelineCloud<Cloud extends PipelineCloudHost>(
  startLocalCloud: (options: { port: number }) => Promise<Cloud>,
): Promise<PipelineCloud<Cloud>> {
  const cloud = await startLocalCloud({ port: 0 });
  const connection = {
    endpoint: cloud.endpoint,
    region: cloud.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  await createOrdersTable(cloud);
  tapTheBus(cloud);
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient(connection));

  return {
    cloud,
    dynamo,
    eventBridge: new EventBridgeClient(connection),
    tableName: TABLE,
    eventBusName: BUS,
    seed: (item) =>
      dynamo.send(new PutCommand({ TableName: TABLE, Item: item })),
    published: async () => {
      await cloud.events.idle();
      return cloud.sqs
        .messages(TAP)
        .map((message) => JSON.parse(message.body) as Record<string, unknown>);
    },
  };
}

function tapTheBus(cloud: PipelineCloudHost): void {
  const tap = cloud.sqs.createQueue(TAP);
  cloud.events.buses.createEventBus(BUS);
  cloud.events.buses.putRule({
    name: 'tap',
    busName: BUS,
    eventPattern: JSON.stringify({ source: ['com.ecommerce.orders'] }),
  });
  cloud.events.buses.putTargets('tap', BUS, [{ Id: 'tap', Arn: tap.arn }]);
}

async function createOrdersTable(cloud: PipelineCloudHost): Promise<void> {
  await cloud.dynamodb.request('CreateTable', {
    TableName: TABLE,
    AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  for (let attempt = 0; attempt < 50; attempt++) {
    const description = (await cloud.dynamodb.request('DescribeTable', {
      TableName: TABLE,
    })) as { Table?: { TableStatus?: string } };
    if (description.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`table ${TABLE} did not become ACTIVE`);
}
