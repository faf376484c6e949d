import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type LocalCloud, startLocalCloud } from '@org/local-cloud';

const TABLE = 'orders';
const BUS = 'orders-bus';
const TAP = 'orders-bus-tap';

/**
 * The local cloud with what order-validation needs: the `orders` table,
 * the `orders-bus` bus, and a queue that receives every event of the bus so
 * that a test can read what was published.
 */
export async function startPipelineCloud() {
  const cloud = await startLocalCloud({ port: 0 });
  const connection = {
    endpoint: cloud.endpoint,
    region: cloud.region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
  await cloud.dynamodb.request('CreateTable', {
    TableName: TABLE,
    AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
    BillingMode: 'PAY_PER_REQUEST',
  });
  await tableActive(cloud);
  const tap = cloud.sqs.createQueue(TAP);
  cloud.events.buses.createEventBus(BUS);
  cloud.events.buses.putRule({
    name: 'tap',
    busName: BUS,
    eventPattern: JSON.stringify({ source: ['com.ecommerce.orders'] }),
  });
  cloud.events.buses.putTargets('tap', BUS, [{ Id: 'tap', Arn: tap.arn }]);
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient(connection));

  return {
    cloud,
    dynamo,
    eventBridge: new EventBridgeClient(connection),
    tableName: TABLE,
    eventBusName: BUS,
    seed: (item: Record<string, unknown>) =>
      dynamo.send(new PutCommand({ TableName: TABLE, Item: item })),
    published: async () => {
      await cloud.events.idle();
      return cloud.sqs
        .messages(TAP)
        .map((message) => JSON.parse(message.body) as Record<string, unknown>);
    },
  };
}

async function tableActive(cloud: LocalCloud): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const description = (await cloud.dynamodb.request('DescribeTable', {
      TableName: TABLE,
    })) as { Table?: { TableStatus?: string } };
    if (description.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`table ${TABLE} did not become ACTIVE`);
}
