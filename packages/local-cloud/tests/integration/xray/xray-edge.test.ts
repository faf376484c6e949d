import {
  BatchGetTracesCommand,
  GetServiceGraphCommand,
  GetTraceSummariesCommand,
  XRayClient,
} from '@aws-sdk/client-xray';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalCloud, startLocalCloud } from '../../../src/index.js';
import {
  type ClosableSegmentSink,
  createUdpSegmentSink,
} from '../../../src/xray/index.js';
import { sendOrderTrace } from './order-traces.js';

const START = 1_700_000_000;
const WINDOW = {
  StartTime: new Date((START - 60) * 1000),
  EndTime: new Date((START + 60) * 1000),
};

describe('X-Ray behind the local cloud edge', { timeout: 30_000 }, () => {
  let cloud: LocalCloud;
  let sink: ClosableSegmentSink;
  let client: XRayClient;
  let throttledTrace: string;

  beforeAll(async () => {
    cloud = await startLocalCloud({ port: 0 });
    sink = createUdpSegmentSink(cloud.xray.daemon.address);
    client = new XRayClient({
      endpoint: cloud.endpoint,
      region: cloud.region,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    throttledTrace = sendOrderTrace(sink, { start: START, throttled: true });
    sendOrderTrace(sink, { start: START + 1 });
    await sink.flush();
    await cloud.xray.daemon.settled();
  });

  afterAll(async () => {
    client?.destroy();
    await sink?.close();
    await cloud?.stop();
  });

  it('answers the three query operations from the daemon segments', async () => {
    const summaries = await client.send(
      new GetTraceSummariesCommand({ ...WINDOW, FilterExpression: 'throttle' }),
    );
    const traces = await client.send(
      new BatchGetTracesCommand({ TraceIds: [throttledTrace] }),
    );
    const graph = await client.send(new GetServiceGraphCommand(WINDOW));

    expect(summaries.TraceSummaries?.map((summary) => summary.Id)).toEqual([
      throttledTrace,
    ]);
    expect(traces.Traces?.[0]?.Segments).toHaveLength(6);
    expect(graph.Services?.map((service) => service.Type)).toContain(
      'AWS::StepFunctions::StateMachine',
    );
  });
});
