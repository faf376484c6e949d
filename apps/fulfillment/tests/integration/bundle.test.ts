import { fileURLToPath } from 'node:url';
import { startLocalCloud } from '@org/local-cloud';
import { sampleOrder } from '@org/testing';
import { invokeBundle, usePipelineCloud } from '@org/testing/lambda';
import { describe, expect, it } from 'vitest';

const BUNDLE = fileURLToPath(new URL('../../dist/handler.js', import.meta.url));

describe('the built fulfillment bundle', () => {
  const pipeline = usePipelineCloud(startLocalCloud);

  it('runs alone with only its environment and fulfils a PAID order', async () => {
    const { cloud } = pipeline();
    await pipeline().seed({
      orderId: 'ord-bundle-ful',
      status: 'PAID',
      paymentId: 'pay_7',
    });

    const { outcome } = await invokeBundle(
      BUNDLE,
      {
        order: sampleOrder({ orderId: 'ord-bundle-ful' }),
        payment: { paymentId: 'pay_7' },
      },
      {
        ORDERS_TABLE_NAME: pipeline().tableName,
        EVENT_BUS_NAME: pipeline().eventBusName,
        AWS_ENDPOINT_URL: cloud.endpoint,
        AWS_REGION: cloud.region,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_LAMBDA_FUNCTION_NAME: 'fulfillment',
        TRACING_ENABLED: 'false',
      },
    );

    expect(outcome).toMatchObject({
      result: { orderId: 'ord-bundle-ful', status: 'FULFILLED' },
    });
    const events = (await pipeline().published()).filter(
      (event) => event['detail-type'] === 'OrderFulfilled',
    );
    expect(events).toHaveLength(1);
  }, 30_000);
});
