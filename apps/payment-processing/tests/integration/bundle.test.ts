import { fileURLToPath } from 'node:url';
import { startLocalCloud } from '@org/local-cloud';
import { sampleOrder } from '@org/testing';
import { invokeBundle, usePipelineCloud } from '@org/testing/lambda';
import { describe, expect, it } from 'vitest';

interface TraceDocument {
  name: string;
  subsegments?: {
    name: string;
    aws?: { operation?: string };
    http?: { request?: { method?: string } };
  }[];
}

const TRACE_ID = '1-6750f000-0123456789abcdef01234567';

const BUNDLE = fileURLToPath(new URL('../../dist/handler.js', import.meta.url));

describe('the built payment-processing bundle', () => {
  const pipeline = usePipelineCloud(startLocalCloud);

  it('runs alone with only its environment, charges and sends its trace to the daemon', async () => {
    const order = sampleOrder({ orderId: 'ord-bundle-1' });
    await pipeline().seed({ orderId: order.orderId, status: 'VALIDATED' });
    const { cloud } = pipeline();

    const { outcome, stdout } = await invokeBundle(
      BUNDLE,
      { order },
      {
        ORDERS_TABLE_NAME: pipeline().tableName,
        EVENT_BUS_NAME: pipeline().eventBusName,
        PAYMENT_PROVIDER_URL: cloud.paymentProvider.url,
        AWS_ENDPOINT_URL: cloud.endpoint,
        AWS_REGION: cloud.region,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_LAMBDA_FUNCTION_NAME: 'payment-processing',
        AWS_XRAY_DAEMON_ADDRESS: cloud.xray.daemon.address,
        LAMBDA_TASK_ROOT: '/var/task',
        _X_AMZN_TRACE_ID: `Root=${TRACE_ID};Parent=53995c3f42cd8ad8;Sampled=1`,
      },
    );

    const [charge] = cloud.paymentProvider.ledger.chargesForOrder(
      order.orderId,
    );
    expect(outcome).toEqual({ result: { paymentId: charge?.paymentId } });
    expect(stdout).toContain('payment charged');
    expect(stdout).not.toContain(order.paymentToken);
    await cloud.xray.daemon.settled();
    const documents = [
      ...(cloud.xray.store.getTrace(TRACE_ID)?.documents.values() ?? []),
    ] as TraceDocument[];
    const handlerSegment = documents.find(
      (document) => document.name === '## payment-processing',
    );
    const calls = (handlerSegment?.subsegments ?? []).map(
      (call) =>
        `${call.name} ${call.aws?.operation ?? call.http?.request?.method}`,
    );
    expect(calls).toEqual([
      'DynamoDB GetItem',
      '127.0.0.1 POST',
      'DynamoDB UpdateItem',
      'EventBridge PutEvents',
    ]);
    expect(JSON.stringify(documents)).not.toContain(order.paymentToken);
  }, 30_000);
});
