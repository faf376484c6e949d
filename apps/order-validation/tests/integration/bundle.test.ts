import { fileURLToPath } from 'node:url';
import { startLocalCloud } from '@org/local-cloud';
import { sampleOrder } from '@org/testing';
import { invokeBundle, usePipelineCloud } from '@org/testing/lambda';
import { describe, expect, it } from 'vitest';

interface TraceDocument {
  name: string;
  subsegments?: { name: string; aws?: { operation?: string } }[];
}

const TRACE_ID = '1-6750f001-0123456789abcdef01234567';

const BUNDLE = fileURLToPath(new URL('../../dist/handler.js', import.meta.url));

describe('the built order-validation bundle', () => {
  const pipeline = usePipelineCloud(startLocalCloud);

  it('runs alone, rejects a bad order on the bus and traces only the PutEvents call, without personal data', async () => {
    const { cloud } = pipeline();
    const order = sampleOrder({ orderId: 'ord-bundle-bad', currency: 'EURO' });

    const { outcome, stdout } = await invokeBundle(
      BUNDLE,
      { 'detail-type': 'OrderCreated', detail: order },
      {
        ORDERS_TABLE_NAME: pipeline().tableName,
        EVENT_BUS_NAME: pipeline().eventBusName,
        STATE_MACHINE_ARN:
          'arn:aws:states:us-east-1:000000000000:stateMachine:orders',
        AWS_ENDPOINT_URL: cloud.endpoint,
        AWS_REGION: cloud.region,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_LAMBDA_FUNCTION_NAME: 'order-validation',
        AWS_XRAY_DAEMON_ADDRESS: cloud.xray.daemon.address,
        LAMBDA_TASK_ROOT: '/var/task',
        _X_AMZN_TRACE_ID: `Root=${TRACE_ID};Parent=53995c3f42cd8ad9;Sampled=1`,
      },
    );

    expect(outcome).toMatchObject({
      result: { statusCode: 400, status: 'REJECTED', orderId: order.orderId },
    });
    expect(stdout).not.toContain(order.customerEmail);
    const rejections = (await pipeline().published()).filter(
      (event) => event['detail-type'] === 'OrderRejected',
    );
    expect(rejections).toHaveLength(1);
    await cloud.xray.daemon.settled();
    const documents = [
      ...(cloud.xray.store.getTrace(TRACE_ID)?.documents.values() ?? []),
    ] as TraceDocument[];
    const handlerSegment = documents.find(
      (document) => document.name === '## order-validation',
    );
    expect(
      handlerSegment?.subsegments?.map((call) => call.aws?.operation),
    ).toEqual(['PutEvents']);
    const traced = JSON.stringify(documents);
    for (const secret of [
      order.customerEmail,
      order.shippingAddress.line1,
      order.paymentToken,
    ]) {
      expect(traced).not.toContain(secret);
    }
  }, 30_000);
});
