import { describeBilling } from './dynamodb/describe-billing.js';
import { startDynalite } from './dynamodb/dynalite-backend.js';
import { createDynamoDbService } from './dynamodb/dynamodb-service.js';
import { ThroughputGate } from './dynamodb/throughput-gate.js';
import { startEdge } from './edge/edge-server.js';
import type { EmulatedService } from './edge/service.js';
import { createEventBridgeService } from './events/eventbridge-service.js';
import { LocalEventBridge } from './events/local-eventbridge.js';
import type { BackoffOptions } from './events/retry-schedule.js';
import { Faults } from './faults.js';
import { createLambdaDeliverer } from './lambda/lambda-deliverer.js';
import { createLambdaService } from './lambda/lambda-service.js';
import { LocalLambda } from './lambda/local-lambda.js';
import {
  type PaymentProvider,
  startPaymentProvider,
} from './payment/payment-provider-stub.js';
import { seededRandom } from './random.js';
import { LocalSqs } from './sqs/local-sqs.js';
import { createSqsService } from './sqs/sqs-service.js';
import { createStats, type LocalCloudStats } from './stats.js';
import { dynamoDbThroughEdge } from './stepfunctions/edge-dynamodb.js';
import { invokeFunctionFrom } from './stepfunctions/lambda-invoker.js';
import { LocalStepFunctions } from './stepfunctions/local-step-functions.js';
import { createStepFunctionsService } from './stepfunctions/stepfunctions-service.js';
import { createXRayService } from './xray/api/xray-service.js';
import {
  createXRayDaemon,
  type XRayDaemon,
} from './xray/daemon/xray-daemon.js';
import { storeSink } from './xray/index.js';
import {
  createSegmentStore,
  type SegmentStore,
} from './xray/store/segment-store.js';

/** Options of {@link startLocalCloud}; every one has a default. */
export interface LocalCloudOptions {
  /** Edge port on 127.0.0.1. Default `LOCAL_CLOUD_PORT`, else 4566; 0 picks a free one. */
  port?: number;
  /** Region in ARNs and events. Default `us-east-1`. */
  region?: string;
  /** Seconds of unused DynamoDB capacity a table keeps for bursts. Default 1 (AWS keeps 300). */
  burstSeconds?: number;
  /** Largest request body the edge reads. Default 8 MiB. */
  bodyLimitBytes?: number;
  /** Seed of the payment provider's fault draws and EventBridge's jitter. Default 1. */
  seed?: number;
  /** Delays between EventBridge delivery attempts. Default 100 ms doubling to 10 s. */
  eventBackoff?: Partial<BackoffOptions>;
  /** Port of the payment provider stub. Default 0 (a free one). */
  paymentProviderPort?: number;
  /** UDP port of the X-Ray daemon. Default `LOCAL_CLOUD_XRAY_PORT`, else 2000, but a free one when `port` is 0. */
  xrayPort?: number;
  /** More services for the edge, asked before the built-in ones. */
  services?: EmulatedService[];
  /** Factor on the Retry intervals of state machines. Default 0.001, so retries do not wait in real time. */
  retryIntervalScale?: number;
}

/** DynamoDB's store, reachable without the throughput gate. */
export interface LocalDynamoDb {
  /** Runs an operation on the store directly, for example to seed data without throttling. */
  request(operation: string, input: Record<string, unknown>): Promise<unknown>;
}

/** A running local cloud. */
export interface LocalCloud {
  /** The edge URL to give the AWS SDK and CLI, for example `http://127.0.0.1:4566`. */
  endpoint: string;
  region: string;
  dynamodb: LocalDynamoDb;
  sqs: LocalSqs;
  events: LocalEventBridge;
  paymentProvider: PaymentProvider;
  faults: Faults;
  stats: LocalCloudStats;
  /** The X-Ray daemon (its `address` is `AWS_XRAY_DAEMON_ADDRESS`) and the segments it stored. */
  xray: { daemon: XRayDaemon; store: SegmentStore };
  /** Lambda functions, run from their bundles in worker threads; also EventBridge's Lambda targets. */
  lambda: LocalLambda;
  /** State machines, whose Lambda tasks invoke {@link LocalCloud.lambda}. */
  stepFunctions: LocalStepFunctions;
  /** Puts another emulated service behind the edge, asked before the built-in ones. */
  addService(service: EmulatedService): void;
  /** Closes every server, connection and timer; later calls wait for the first. */
  stop(): Promise<void>;
}

/**
 * Starts the local cloud: the edge on loopback with DynamoDB (dynalite
 * behind the throughput gate), SQS and EventBridge behind it, and the
 * payment provider stub on its own port, and the X-Ray daemon on UDP
 * whose segments the X-Ray query API behind the edge answers from.
 *
 * @example
 * const cloud = await startLocalCloud({ port: 0 });
 * const client = new DynamoDBClient({ endpoint: cloud.endpoint, region: 'us-east-1', credentials });
 * await cloud.stop();
 */
export async function startLocalCloud(
  options: LocalCloudOptions = {},
): Promise<LocalCloud> {
  const region = options.region ?? 'us-east-1';
  const stats = createStats();
  const faults = new Faults();
  const random = seededRandom(options.seed ?? 1);
  let endpoint = '';
  const sqs = new LocalSqs({ region, endpoint: () => endpoint });
  const events = new LocalEventBridge({
    region,
    sqs,
    stats,
    backoff: options.eventBackoff,
    random,
  });
  const segmentStore = createSegmentStore();
  const backend = await startDynalite();
  const gate = new ThroughputGate({
    faults,
    burstSeconds: options.burstSeconds,
    describe: (table) => describeBilling(backend, table),
  });
  const services: EmulatedService[] = [
    ...(options.services ?? []),
    createDynamoDbService({ backend, gate, stats, region }),
    createSqsService(sqs),
    createEventBridgeService(events),
    createXRayService({ store: segmentStore }),
  ];
  const stops: (() => Promise<void> | void)[] = [() => backend.stop()];
  try {
    const edge = await startEdge({
      port: options.port ?? defaultPort(),
      services,
      stats,
      faults,
      bodyLimitBytes: options.bodyLimitBytes,
    });
    endpoint = edge.url;
    stops.unshift(() => edge.stop());
    const paymentProvider = await startPaymentProvider({
      faults,
      stats,
      random,
      port: options.paymentProviderPort,
    });
    stops.unshift(() => paymentProvider.stop());
    const daemon = await createXRayDaemon({
      store: segmentStore,
      port: options.xrayPort ?? (options.port === 0 ? 0 : undefined),
    });
    stops.unshift(() => daemon.close());
    const { lambda, stepFunctions } = startCompute({
      endpoint: () => endpoint,
      region,
      daemon,
      segmentStore,
      events,
      retryIntervalScale: options.retryIntervalScale,
    });
    services.unshift(
      createLambdaService(lambda),
      createStepFunctionsService(stepFunctions),
    );
    // Workers end first: a running function may still call the edge.
    stops.unshift(() => lambda.stop());
    stops.unshift(
      () => sqs.stop(),
      () => events.stop(),
    );

    return {
      endpoint,
      region,
      dynamodb: {
        request: (operation, input) => storeRequest(backend, operation, input),
      },
      sqs,
      events,
      paymentProvider,
      faults,
      stats,
      xray: { daemon, store: segmentStore },
      lambda,
      stepFunctions,
      addService: (service) => services.unshift(service),
      stop: once(() => stopAll(stops)),
    };
  } catch (error) {
    await stopAll(stops);
    throw error;
  }
}

interface ComputeOptions {
  endpoint: () => string;
  region: string;
  daemon: XRayDaemon;
  segmentStore: SegmentStore;
  events: LocalEventBridge;
  retryIntervalScale: number | undefined;
}

function startCompute(options: ComputeOptions): {
  lambda: LocalLambda;
  stepFunctions: LocalStepFunctions;
} {
  const sink = storeSink(options.segmentStore);
  const lambda = new LocalLambda({
    endpoint: options.endpoint,
    region: options.region,
    daemonAddress: options.daemon.address,
    sink,
    settled: () => options.daemon.settled(),
  });
  options.events.useDeliverer('lambda', createLambdaDeliverer(lambda));
  const stepFunctions = new LocalStepFunctions({
    region: options.region,
    invokeFunction: invokeFunctionFrom(lambda),
    // Through the edge, so that table limits throttle workflow steps too.
    dynamodb: dynamoDbThroughEdge(options.endpoint),
    events: options.events,
    sink,
    retryIntervalScale: options.retryIntervalScale,
  });

  return { lambda, stepFunctions };
}

function defaultPort(): number {
  const configured = process.env.LOCAL_CLOUD_PORT;

  return configured === undefined || configured === ''
    ? 4566
    : Number(configured);
}

async function storeRequest(
  backend: Awaited<ReturnType<typeof startDynalite>>,
  operation: string,
  input: Record<string, unknown>,
): Promise<unknown> {
  const answer = await backend.send({
    target: `DynamoDB_20120810.${operation}`,
    body: JSON.stringify(input),
  });

  return JSON.parse(answer.body) as unknown;
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;

  return () => {
    running ??= action();
    return running;
  };
}

async function stopAll(stops: (() => Promise<void> | void)[]): Promise<void> {
  for (const stop of stops) {
    await stop();
  }
}
