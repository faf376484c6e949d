import type { Injection } from './injection.js';
import type { NoiseRates } from './render-context.js';
import type { ShapeKey } from './shape-variants.js';

/** One labelled outage of the corpus. */
export interface Scenario {
  name: string;
  shape: ShapeKey;
  traces: number;
  /** The dominant cause first; a second one must rank in the top 3. */
  causes: [Injection] | [Injection, Injection];
  /** Healthy traces of the hour before, passed as `baseline`. */
  baselineTraces?: number;
  /** Benign noise rates other than the usual ones, in both windows. */
  noise?: Partial<NoiseRates>;
  /**
   * Noise rates of the incident window only: symptoms that come with the
   * outage without causing it (scale-out cold starts, a slower machine).
   */
  incidentNoise?: Partial<NoiseRates>;
  /** Clock skew of function hosts against Lambda's front end. */
  clockSkewMs?: number;
  /**
   * Where in the window the outage starts (0 to 1, default 0): traces
   * before it are healthy, `share` applies to those after it.
   */
  onset?: number;
}

type Options = Partial<Injection> & { baseline?: number };

function single(
  shape: ShapeKey,
  kind: Injection['kind'],
  target: string,
  share: number,
  traces: number,
  options: Options = {},
): Scenario {
  const { baseline, ...injection } = options;

  return {
    name: `${shape}/${kind}@${target}`,
    shape,
    traces,
    causes: [{ kind, target, share, ...injection }],
    baselineTraces: baseline,
  };
}

/**
 * The corpus: every cause kind in every shape where it can happen, at
 * shares from 5% to 100%, 50 to 2,000 traces, with and without a
 * baseline, and four scenarios with two concurrent causes.
 */
export const scenarios: Scenario[] = [
  single('apiOrders', 'throttle', 'orders-table', 0.35, 180, {
    neverFinishedShare: 0.3,
    baseline: 120,
  }),
  single('apiOrders', 'throttle', 'order-events-queue', 0.15, 150),
  single('apiOrders', 'timeout', 'orders-table', 0.2, 150),
  single('apiOrders', 'fault', 'order-events-queue', 0.1, 180),
  single('apiOrders', 'error', 'create-order', 0.25, 120),
  single('apiOrders', 'latency', 'orders-table', 0.5, 150, {
    factor: 12,
    baseline: 120,
  }),
  single('apiOrders', 'cold-start', 'create-order', 0.3, 120, {
    factor: 10,
    baseline: 120,
  }),
  {
    ...single('apiOrders', 'throttle', 'orders-table', 1, 50, {
      neverFinishedShare: 0.5,
    }),
    name: 'apiOrders/throttle@orders-table/all-traces',
  },
  single('apiMedia', 'throttle', 'media-bucket', 0.2, 180, { baseline: 120 }),
  single('apiMedia', 'fault', 'image-topic', 0.08, 300),
  single('apiMedia', 'timeout', 'media-bucket', 0.12, 150),
  single('apiMedia', 'error', 'upload-image', 0.6, 100),
  single('apiMedia', 'latency', 'users-table', 0.3, 180, {
    factor: 8,
    baseline: 120,
  }),
  single('apiMedia', 'cold-start', 'upload-image', 0.15, 180, {
    factor: 8,
    baseline: 120,
  }),
  {
    ...single('apiMedia', 'latency', 'media-bucket', 1, 120, {
      factor: 6,
      baseline: 120,
    }),
    name: 'apiMedia/latency@media-bucket/all-traces',
  },
  single('sqsWorker', 'throttle', 'carrier-api', 0.25, 150),
  single('sqsWorker', 'throttle', 'shipments-table', 0.3, 150, {
    neverFinishedShare: 0.4,
  }),
  single('sqsWorker', 'timeout', 'carrier-api', 0.1, 180, { baseline: 120 }),
  single('sqsWorker', 'fault', 'carrier-api', 0.4, 120),
  single('sqsWorker', 'error', 'shipping-worker', 0.05, 2000),
  single('sqsWorker', 'latency', 'carrier-api', 0.25, 150, {
    factor: 15,
    baseline: 120,
  }),
  single('sqsWorker', 'cold-start', 'shipping-worker', 0.2, 120, {
    factor: 6,
    baseline: 100,
  }),
  single('eventWorkflow', 'throttle', 'inventory-table', 0.3, 120, {
    neverFinishedShare: 0.3,
  }),
  single('eventWorkflow', 'timeout', 'payments-api', 0.15, 150),
  single('eventWorkflow', 'fault', 'payments-api', 0.2, 150, { baseline: 120 }),
  single('eventWorkflow', 'error', 'notify-customer', 0.1, 180),
  single('eventWorkflow', 'latency', 'payments-api', 0.4, 120, {
    factor: 10,
    baseline: 120,
  }),
  single('eventWorkflow', 'cold-start', 'charge-card', 0.25, 120, {
    factor: 12,
    baseline: 120,
  }),
  single('eventWorkflow', 'fault', 'customer-topic', 0.3, 120),
  single('lambdaChain', 'fault', 'tax-api', 0.2, 150),
  single('lambdaChain', 'timeout', 'tax-api', 0.15, 150),
  single('lambdaChain', 'error', 'tax-rates', 0.25, 150, { baseline: 100 }),
  single('lambdaChain', 'throttle', 'tax-rates-invoke', 0.2, 150),
  single('lambdaChain', 'latency', 'price-table', 0.35, 150, {
    factor: 15,
    baseline: 120,
  }),
  single('lambdaChain', 'cold-start', 'pricing', 0.2, 150, {
    factor: 5,
    baseline: 120,
  }),
  single('lambdaChain', 'throttle', 'carts-table', 0.5, 100, {
    neverFinishedShare: 0.5,
  }),
  single('containerSql', 'fault', 'inventory-db', 0.15, 180),
  single('containerSql', 'timeout', 'supplier-api', 0.2, 150),
  single('containerSql', 'error', 'inventory-service', 0.1, 180),
  single('containerSql', 'latency', 'inventory-db', 0.3, 180, {
    factor: 20,
    baseline: 120,
  }),
  single('containerSql', 'throttle', 'supplier-api', 0.25, 120),
  single('containerSql', 'fault', 'session-cache', 0.06, 1000),
  single('ec2Reports', 'throttle', 'reports-table', 0.3, 150),
  single('ec2Reports', 'latency', 'exports-bucket', 0.5, 120, {
    factor: 8,
    baseline: 120,
  }),
  single('ec2Reports', 'fault', 'exports-bucket', 0.1, 180),
  single('ec2Reports', 'error', 'reporting-api', 0.2, 120),
  single('snsFanout', 'fault', 'search-api', 0.2, 150),
  single('snsFanout', 'throttle', 'search-index-table', 0.25, 150, {
    neverFinishedShare: 0.3,
  }),
  single('snsFanout', 'latency', 'search-api', 0.3, 150, {
    factor: 10,
    baseline: 100,
  }),
  single('snsFanout', 'error', 'reindex-product', 0.15, 150),
  single('snsFanout', 'timeout', 'search-api', 0.1, 200),
  single('apiOrdersJava', 'throttle', 'orders-table', 0.3, 150, {
    neverFinishedShare: 0.3,
  }),
  single('apiOrdersGo', 'throttle', 'orders-table', 0.25, 150),
  single('apiOrdersDotnet', 'timeout', 'orders-table', 0.2, 150),
  single('apiOrdersPython', 'fault', 'order-events-queue', 0.15, 150),
  single('apiOrdersPython', 'throttle', 'orders-table', 0.3, 120, {
    neverFinishedShare: 0.2,
  }),
  single('eventWorkflowJava', 'cold-start', 'charge-card', 0.3, 120, {
    factor: 8,
    baseline: 100,
  }),
  single('lambdaChainPython', 'error', 'tax-rates', 0.2, 150, {
    baseline: 100,
  }),
  {
    ...single('sqsWorker', 'cold-start', 'shipping-worker', 0.6, 150, {
      factor: 1,
      baseline: 120,
    }),
    name: 'sqsWorker/cold-start@shipping-worker/rate-only',
  },
  single('apiMedia', 'timeout', 'upload-image', 0.15, 150),
  single('lambdaChain', 'timeout', 'pricing', 0.2, 150),
  single('apiOrders', 'throttle', 'create-order', 0.3, 150),
  single('apiMedia', 'throttle', 'upload-image', 0.15, 200, { baseline: 100 }),
  {
    ...single('apiMedia', 'error', 'upload-image', 0.2, 150, {
      outOfMemory: true,
    }),
    name: 'apiMedia/error@upload-image/out-of-memory',
  },
  {
    ...single('sqsWorker', 'error', 'shipping-worker', 0.1, 200, {
      outOfMemory: true,
    }),
    name: 'sqsWorker/error@shipping-worker/out-of-memory',
  },
  {
    ...single('ec2Reports', 'fault', 'exports-bucket', 0.3, 150, {
      handled: true,
      baseline: 100,
    }),
    name: 'ec2Reports/fault@exports-bucket/handled',
  },
  {
    ...single('snsFanout', 'fault', 'search-api', 0.25, 150, {
      handled: true,
    }),
    name: 'snsFanout/fault@search-api/handled',
  },
  {
    ...single('apiOrders', 'throttle', 'orders-table', 0.1, 250),
    name: 'apiOrders/throttle@orders-table/noisy',
    noise: { duplicates: 0.1, notFound: 0.1, retries: 0.06, coldStarts: 0.06 },
  },
  {
    ...single('eventWorkflow', 'fault', 'payments-api', 0.15, 200, {
      baseline: 120,
    }),
    name: 'eventWorkflow/fault@payments-api/noisy',
    noise: { duplicates: 0.1, notFound: 0.1, retries: 0.06, coldStarts: 0.06 },
  },
  {
    ...single('containerSql', 'timeout', 'supplier-api', 0.08, 300),
    name: 'containerSql/timeout@supplier-api/noisy',
    noise: { notFound: 0.12, retries: 0.06 },
  },
  {
    ...single('lambdaChain', 'latency', 'tax-api', 0.3, 150, {
      factor: 8,
      baseline: 100,
    }),
    name: 'lambdaChain/latency@tax-api/skewed-clocks',
    clockSkewMs: 40,
  },
  {
    ...single('apiMedia', 'throttle', 'media-bucket', 0.25, 150),
    name: 'apiMedia/throttle@media-bucket/skewed-clocks',
    clockSkewMs: 25,
  },
  {
    ...single('sqsWorker', 'timeout', 'carrier-api', 0.15, 150),
    name: 'sqsWorker/timeout@carrier-api/skewed-clocks',
    clockSkewMs: 30,
  },
  single('cartResolver', 'latency', 'products-table', 0.3, 150, {
    factor: 5,
    baseline: 100,
  }),
  single('cartResolver', 'throttle', 'products-table', 0.2, 150),
  single('cartResolver', 'fault', 'audit-bucket', 0.3, 150),
  single('cartResolver', 'error', 'audit-trail', 0.2, 150),
  single('cartResolver', 'timeout', 'reviews-api', 0.1, 200),
  single('cartResolver', 'cold-start', 'resolve-cart', 0.2, 150, {
    factor: 8,
    baseline: 100,
  }),
  {
    ...single('apiOrders', 'fault', 'order-events-queue', 0.3, 200),
    name: 'apiOrders/fault@order-events-queue/onset',
    onset: 0.5,
  },
  {
    ...single('apiMedia', 'latency', 'users-table', 0.8, 200, { factor: 8 }),
    name: 'apiMedia/latency@users-table/onset',
    onset: 0.6,
  },
  {
    ...single('lambdaChain', 'throttle', 'carts-table', 0.5, 200),
    name: 'lambdaChain/throttle@carts-table/onset',
    onset: 0.4,
  },
  {
    ...single('containerSql', 'error', 'inventory-service', 0.5, 200),
    name: 'containerSql/error@inventory-service/onset',
    onset: 0.7,
  },
  {
    name: 'apiOrders/throttle@orders-table+fault@order-events-queue',
    shape: 'apiOrders',
    traces: 180,
    causes: [
      { kind: 'throttle', target: 'orders-table', share: 0.3 },
      { kind: 'fault', target: 'order-events-queue', share: 0.06 },
    ],
  },
  {
    name: 'lambdaChain/timeout@tax-api+error@checkout',
    shape: 'lambdaChain',
    traces: 180,
    causes: [
      { kind: 'timeout', target: 'tax-api', share: 0.25 },
      { kind: 'error', target: 'checkout', share: 0.05 },
    ],
  },
  {
    name: 'eventWorkflow/fault@payments-api+cold-start@reserve-stock',
    shape: 'eventWorkflow',
    traces: 150,
    causes: [
      { kind: 'fault', target: 'payments-api', share: 0.3 },
      { kind: 'cold-start', target: 'reserve-stock', share: 0.08, factor: 10 },
    ],
    baselineTraces: 120,
  },
  {
    name: 'containerSql/latency@inventory-db+fault@supplier-api',
    shape: 'containerSql',
    traces: 150,
    causes: [
      { kind: 'latency', target: 'inventory-db', share: 0.4, factor: 12 },
      { kind: 'fault', target: 'supplier-api', share: 0.05 },
    ],
    baselineTraces: 120,
  },
  {
    // Throttled writes hold execution environments longer, so Lambda
    // starts more of them: cold starts rise, at their usual length.
    ...single('apiOrders', 'throttle', 'orders-table', 0.25, 150, {
      neverFinishedShare: 0.3,
      baseline: 120,
    }),
    name: 'apiOrders/throttle@orders-table/scale-out-cold-starts',
    incidentNoise: { coldStarts: 0.5 },
  },
  {
    // The whole machine is three times slower while one table throttles.
    ...single('lambdaChain', 'throttle', 'carts-table', 0.1, 150, {
      baseline: 120,
    }),
    name: 'lambdaChain/throttle@carts-table/slow-machine',
    incidentNoise: { slowdown: 3 },
  },
];
