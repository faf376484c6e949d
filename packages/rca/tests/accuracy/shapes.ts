import {
  catalogService,
  checkout,
  checkoutApi,
  createOrder,
  inventoryService,
  reindexProduct,
  reportingService,
  resolveCart,
  shippingWorker,
  startFulfilment,
  uploadImage,
} from './compute-nodes.js';
import type { Shape } from './topology.js';

/**
 * The application shapes of the corpus, by name. Targets of injected
 * causes are call ids or function names of these shapes.
 */
export const shapes = {
  apiOrders: {
    name: 'api-orders',
    entry: {
      kind: 'api-gateway',
      apiName: 'orders-api',
      apiId: 'k3j9d2w1q8',
      method: 'POST',
      path: '/orders',
      target: createOrder,
    },
  },
  apiMedia: {
    name: 'api-media',
    entry: {
      kind: 'api-gateway',
      apiName: 'media-api',
      apiId: 'p0o9i8u7y6',
      method: 'PUT',
      path: '/images',
      target: uploadImage,
    },
  },
  sqsWorker: {
    name: 'sqs-worker',
    entry: {
      kind: 'sqs',
      producer: checkoutApi,
      queueUrl: 'https://sqs.eu-west-1.amazonaws.com/123456789012/shipments',
      target: shippingWorker,
    },
  },
  eventWorkflow: {
    name: 'eventbridge-workflow',
    entry: {
      kind: 'eventbridge',
      producer: { ...checkoutApi, name: 'order-service' },
      bus: 'orders-bus',
      target: startFulfilment,
    },
  },
  lambdaChain: {
    name: 'lambda-chain',
    entry: {
      kind: 'api-gateway',
      apiName: 'shop-api',
      apiId: 'z8x7c6v5b4',
      method: 'POST',
      path: '/checkout',
      target: checkout,
    },
  },
  containerSql: {
    name: 'container-sql',
    entry: { kind: 'container', service: inventoryService },
  },
  cartResolver: {
    name: 'cart-resolver',
    entry: {
      kind: 'api-gateway',
      apiName: 'storefront-api',
      apiId: 'q1w2e3r4t5',
      method: 'GET',
      path: '/cart',
      target: resolveCart,
    },
  },
  snsFanout: {
    name: 'sns-fanout',
    entry: {
      kind: 'sns',
      producer: catalogService,
      topicArn: 'arn:aws:sns:eu-west-1:123456789012:price-changed',
      target: reindexProduct,
    },
  },
  ec2Reports: {
    name: 'ec2-reports',
    entry: { kind: 'container', service: reportingService },
  },
} as const satisfies Record<string, Shape>;
