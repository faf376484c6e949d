import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GetTraceSummariesCommand, XRayClient } from '@aws-sdk/client-xray';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../../src/index.js';
import {
  attachLocalLambda,
  deployFunctions,
  type LocalLambda,
} from '../../../src/lambda/index.js';

const assetRoot = fileURLToPath(
  new URL('../../../../../apps/infra/cdk.out', import.meta.url),
);
const templatePath = `${assetRoot}/ServerlessOrderStack.template.json`;
// turbo synthesizes apps/infra before these tests; without it they fail.
if (!existsSync(templatePath)) {
  throw new Error(
    `${templatePath} is missing; run pnpm --filter @org/infra synth first.`,
  );
}

interface Named {
  name: string;
  subsegments?: Named[];
}

function namesIn(documents: Named[]): string[] {
  return documents.flatMap((document) => [
    document.name,
    ...namesIn(document.subsegments ?? []),
  ]);
}

let cloud: LocalCloud;
let lambda: LocalLambda;

describe('the synthesized payment-processing bundle', () => {
  beforeAll(async () => {
    cloud = await startLocalCloud({ port: 0 });
    lambda = attachLocalLambda(cloud);
    const template = JSON.parse(readFileSync(templatePath, 'utf8'));
    const [payment] = deployFunctions(lambda, template, {
      assetRoot,
      resolve: (logicalId) =>
        logicalId.startsWith('OrderWorkflow')
          ? 'arn:aws:states:us-east-1:000000000000:stateMachine:order-workflow'
          : undefined,
    }).filter((config) => config.name === 'payment-processing');
    if (!payment) throw new Error('The template has no payment-processing');
    lambda.register({
      ...payment,
      environment: {
        ...payment.environment,
        PAYMENT_PROVIDER_URL: cloud.paymentProvider.url,
      },
    });
    await cloud.dynamodb.request('CreateTable', {
      TableName: 'orders',
      AttributeDefinitions: [{ AttributeName: 'orderId', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'orderId', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    });
    await cloud.dynamodb.request('PutItem', {
      TableName: 'orders',
      Item: { orderId: { S: 'o-1' }, status: { S: 'VALIDATED' } },
    });
    cloud.events.buses.createEventBus('orders');
  }, 30_000);

  afterAll(async () => {
    await lambda?.stop();
    await cloud?.stop();
  });

  it('charges a validated order once and leaves its calls in the trace', async () => {
    const order = {
      orderId: 'o-1',
      totalAmount: 25,
      currency: 'EUR',
      paymentToken: 'tok_visa',
    };

    const result = await lambda.invoke({
      functionName: 'payment-processing',
      event: { order },
    });

    expect(result).toMatchObject({ kind: 'success', coldStart: true });
    expect(cloud.paymentProvider.ledger.chargesForOrder('o-1')).toHaveLength(1);
    const documents = [...cloud.xray.store.traces()].flatMap((trace) => [
      ...trace.documents.values(),
    ]);
    expect(namesIn(documents)).toEqual(
      expect.arrayContaining([
        'Initialization',
        '## payment-processing',
        'DynamoDB',
        'EventBridge',
      ]),
    );
  }, 30_000);

  it('reports the cold start as an annotation through the X-Ray API', async () => {
    const xray = new XRayClient({
      endpoint: cloud.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });

    const answer = await xray.send(
      new GetTraceSummariesCommand({
        StartTime: new Date(Date.now() - 600_000),
        EndTime: new Date(Date.now() + 60_000),
        FilterExpression:
          'service("payment-processing") AND annotation.ColdStart = true',
      }),
    );
    xray.destroy();

    expect(answer.TraceSummaries).toHaveLength(1);
  });
});
