import {
  BatchGetTracesCommand,
  GetServiceGraphCommand,
  GetTraceSummariesCommand,
  InvalidRequestException,
  paginateGetTraceSummaries,
  XRayClient,
} from '@aws-sdk/client-xray';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ClosableSegmentSink,
  createSegmentStore,
  createUdpSegmentSink,
  createXRayDaemon,
  type XRayDaemon,
} from '../../../src/xray/index.js';
import { sendOrderTrace } from './order-traces.js';
import { serveXRay, type XRayTestServer } from './serve-xray.js';

const START = 1_700_000_000;
const WINDOW = {
  StartTime: new Date((START - 60) * 1000),
  EndTime: new Date((START + 600) * 1000),
};

describe('the X-Ray API answering @aws-sdk/client-xray', () => {
  const store = createSegmentStore();
  let daemon: XRayDaemon;
  let sink: ClosableSegmentSink;
  let server: XRayTestServer;
  let client: XRayClient;
  const throttled: string[] = [];
  const healthy: string[] = [];

  beforeAll(async () => {
    daemon = await createXRayDaemon({ store, port: 0 });
    sink = createUdpSegmentSink(daemon.address);
    server = await serveXRay(store, 3);
    client = new XRayClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    for (let index = 0; index < 7; index++) {
      const throttle = index % 3 === 0;
      const traceId = sendOrderTrace(sink, {
        start: START + index * 10,
        throttled: throttle,
      });
      (throttle ? throttled : healthy).push(traceId);
    }
    await sink.flush();
    await daemon.settled();
  });

  afterAll(async () => {
    client?.destroy();
    await sink?.close();
    await daemon?.close();
    await server?.close();
  });

  const summaries = async (FilterExpression?: string) => {
    const ids: string[] = [];
    const pages = paginateGetTraceSummaries(
      { client },
      { ...WINDOW, FilterExpression },
    );
    for await (const page of pages) {
      for (const summary of page.TraceSummaries ?? [])
        ids.push(summary.Id ?? '');
    }
    return ids.sort();
  };

  it('pages through every trace of the window, 3 per page', async () => {
    const first = await client.send(new GetTraceSummariesCommand(WINDOW));

    expect(first.TraceSummaries).toHaveLength(3);
    expect(first.NextToken).toBeDefined();
    expect(first.TracesProcessedCount).toBe(7);
    expect(await summaries()).toEqual([...throttled, ...healthy].sort());
  });

  it.each([
    ['throttle', () => throttled],
    ['ok', () => healthy],
    ['!throttle and ok', () => healthy],
    ['fault', () => []],
    ['error or throttle', () => throttled],
    ['service("DynamoDB") { throttle }', () => throttled],
    [
      'edge(id(name: "order-validation", type: "AWS::Lambda::Function"), "DynamoDB") { throttle }',
      () => throttled,
    ],
    [
      'edge("OrderWorkflow", id(name: "payment-processing", type: "AWS::Lambda")) { ok }',
      () => [...throttled, ...healthy],
    ],
    [
      'service(id(name: "payment-processing", type: "AWS::Lambda::Function"))',
      () => [...throttled, ...healthy],
    ],
    [
      'annotation.Service = "order-validation" and responsetime > 0.5',
      () => [...throttled, ...healthy],
    ],
    ['responsetime < 0.5', () => []],
    ['duration >= 0.95', () => [...throttled, ...healthy]],
    ['http.status = 200', () => [...throttled, ...healthy]],
  ])('filters with %s', async (expression, expected) => {
    expect(await summaries(expression)).toEqual([...expected()].sort());
  });

  it('fills the summary fields of a throttled trace', async () => {
    const page = await client.send(
      new GetTraceSummariesCommand({ ...WINDOW, FilterExpression: 'throttle' }),
    );
    const summary = page.TraceSummaries?.find(
      (entry) => entry.Id === throttled[0],
    );

    expect(summary).toMatchObject({
      HasThrottle: true,
      HasError: true,
      HasFault: false,
      IsPartial: false,
      EntryPoint: { Name: 'order-validation', Type: 'AWS::Lambda' },
      Http: { HttpStatus: 200 },
    });
    expect(summary?.StartTime).toEqual(new Date(START * 1000));
    expect(summary?.Annotations?.ColdStart?.[0]?.AnnotationValue).toEqual({
      BooleanValue: true,
    });
    expect(summary?.ServiceIds?.map((service) => service.Type)).toContain(
      'AWS::DynamoDB::Table',
    );
  });

  it('answers a bad filter expression with InvalidRequestException', async () => {
    const call = client.send(
      new GetTraceSummariesCommand({
        ...WINDOW,
        FilterExpression: 'responsetime >',
      }),
    );

    await expect(call).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(call).rejects.toMatchObject({
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('returns whole segments with separately sent subsegments merged in', async () => {
    const traceId = throttled[0] ?? '';
    const answer = await client.send(
      new BatchGetTracesCommand({
        TraceIds: [traceId, '1-6553f100-000000000000000000000000'],
      }),
    );

    expect(answer.UnprocessedTraceIds).toEqual([
      '1-6553f100-000000000000000000000000',
    ]);
    const [trace] = answer.Traces ?? [];
    expect(trace).toMatchObject({
      Id: traceId,
      LimitExceeded: false,
      Duration: 0.95,
    });
    const documents = (trace?.Segments ?? []).map((entry) =>
      JSON.parse(entry.Document ?? '{}'),
    );
    const origins = documents.map((document) => document.origin).sort();
    expect(origins).toEqual([
      'AWS::DynamoDB::Table',
      'AWS::Lambda',
      'AWS::Lambda',
      'AWS::Lambda::Function',
      'AWS::Lambda::Function',
      'AWS::StepFunctions::StateMachine',
    ]);
    const validation = documents.find(
      (document) =>
        document.origin === 'AWS::Lambda::Function' &&
        document.name === 'order-validation',
    );
    const handler = validation.subsegments.find(
      (node: { name: string }) => node.name === '## handler',
    );
    expect(handler.subsegments[0]).toMatchObject({
      name: 'DynamoDB',
      throttle: true,
    });
  });

  it('refuses more than 5 trace ids', async () => {
    const ids = [...throttled, ...healthy].slice(0, 6);

    await expect(
      client.send(new BatchGetTracesCommand({ TraceIds: ids })),
    ).rejects.toMatchObject({
      name: 'ValidationException',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it('draws the service graph with the throttled DynamoDB edge', async () => {
    const graph = await client.send(new GetServiceGraphCommand(WINDOW));

    const services = graph.Services ?? [];
    const table = services.find(
      (service) => service.Type === 'AWS::DynamoDB::Table',
    );
    const caller = services.find(
      (service) =>
        service.Name === 'order-validation' &&
        service.Type === 'AWS::Lambda::Function',
    );
    const edge = caller?.Edges?.find(
      (candidate) => candidate.ReferenceId === table?.ReferenceId,
    );
    expect(edge?.SummaryStatistics).toMatchObject({
      TotalCount: 7,
      OkCount: 4,
      ErrorStatistics: { ThrottleCount: 3 },
    });
    const workflow = services.find(
      (service) => service.Type === 'AWS::StepFunctions::StateMachine',
    );
    const payment = services.find(
      (service) =>
        service.Name === 'payment-processing' && service.Type === 'AWS::Lambda',
    );
    expect(
      workflow?.Edges?.map((candidate) => candidate.ReferenceId),
    ).toContain(payment?.ReferenceId);
  });
});
