import type { ContainerNode, FunctionNode } from './topology.js';

/* The functions and services the shapes are made of. */

export const createOrder: FunctionNode = {
  name: 'create-order',
  emitter: 'node',
  timeoutSeconds: 6,
  initializationMs: 320,
  ownMs: 18,
  calls: [
    {
      kind: 'aws',
      id: 'orders-table',
      service: 'DynamoDB',
      operation: 'PutItem',
      resource: 'orders',
      medianMs: 11,
      conditional: true,
    },
    {
      kind: 'aws',
      id: 'order-events-queue',
      service: 'SQS',
      operation: 'SendMessage',
      resource: 'https://sqs.eu-west-1.amazonaws.com/123456789012/order-events',
      medianMs: 14,
    },
  ],
};

export const uploadImage: FunctionNode = {
  name: 'upload-image',
  emitter: 'python',
  timeoutSeconds: 10,
  initializationMs: 540,
  ownMs: 35,
  calls: [
    {
      kind: 'aws',
      id: 'users-table',
      service: 'DynamoDB',
      operation: 'GetItem',
      resource: 'users',
      medianMs: 7,
    },
    {
      kind: 'aws',
      id: 'media-bucket',
      service: 'S3',
      operation: 'PutObject',
      resource: 'media-uploads-prod',
      medianMs: 65,
    },
    {
      kind: 'aws',
      id: 'image-topic',
      service: 'SNS',
      operation: 'Publish',
      resource: 'arn:aws:sns:eu-west-1:123456789012:image-uploaded',
      medianMs: 22,
    },
  ],
};

export const checkoutApi: ContainerNode = {
  name: 'checkout-api',
  origin: 'AWS::ECS::Container',
  emitter: 'node',
  ownMs: 9,
  clientTimeoutMs: 3000,
  calls: [],
};

export const shippingWorker: FunctionNode = {
  name: 'shipping-worker',
  emitter: 'java',
  timeoutSeconds: 15,
  initializationMs: 2100,
  ownMs: 40,
  calls: [
    {
      kind: 'http',
      id: 'carrier-api',
      url: 'https://api.carrier.example/v2/labels',
      method: 'POST',
      medianMs: 180,
    },
    {
      kind: 'aws',
      id: 'shipments-table',
      service: 'DynamoDB',
      operation: 'UpdateItem',
      resource: 'shipments',
      medianMs: 9,
    },
  ],
};

export const reserveStock: FunctionNode = {
  name: 'reserve-stock',
  emitter: 'python',
  timeoutSeconds: 8,
  initializationMs: 480,
  ownMs: 12,
  calls: [
    {
      kind: 'aws',
      id: 'inventory-table',
      service: 'DynamoDB',
      operation: 'UpdateItem',
      resource: 'inventory',
      medianMs: 10,
    },
  ],
};

export const chargeCard: FunctionNode = {
  name: 'charge-card',
  emitter: 'node',
  timeoutSeconds: 10,
  initializationMs: 290,
  ownMs: 15,
  calls: [
    {
      kind: 'http',
      id: 'payments-api',
      url: 'https://api.payments.example/v1/charges',
      method: 'POST',
      medianMs: 260,
    },
  ],
};

export const notifyCustomer: FunctionNode = {
  name: 'notify-customer',
  emitter: 'go',
  timeoutSeconds: 5,
  initializationMs: 90,
  ownMs: 4,
  calls: [
    {
      kind: 'aws',
      id: 'customer-topic',
      service: 'SNS',
      operation: 'Publish',
      resource: 'arn:aws:sns:eu-west-1:123456789012:customer-notifications',
      medianMs: 20,
    },
  ],
};

export const startFulfilment: FunctionNode = {
  name: 'start-fulfilment',
  emitter: 'node',
  timeoutSeconds: 5,
  initializationMs: 260,
  ownMs: 6,
  calls: [
    {
      kind: 'start-execution',
      id: 'fulfilment-machine',
      machine: {
        name: 'fulfilment',
        states: [
          { name: 'ReserveStock', target: reserveStock },
          { name: 'ChargeCard', target: chargeCard },
          { name: 'NotifyCustomer', target: notifyCustomer },
        ],
      },
    },
  ],
};

export const taxRates: FunctionNode = {
  name: 'tax-rates',
  emitter: 'go',
  timeoutSeconds: 3,
  initializationMs: 70,
  ownMs: 3,
  calls: [
    {
      kind: 'http',
      id: 'tax-api',
      url: 'https://tax.partner.example/rates?country=DE',
      method: 'GET',
      medianMs: 90,
    },
  ],
};

export const pricing: FunctionNode = {
  name: 'pricing',
  emitter: 'dotnet',
  timeoutSeconds: 5,
  initializationMs: 900,
  ownMs: 10,
  calls: [
    {
      kind: 'aws',
      id: 'price-table',
      service: 'DynamoDB',
      operation: 'GetItem',
      resource: 'price-list',
      medianMs: 6,
    },
    { kind: 'invoke', id: 'tax-rates-invoke', target: taxRates },
  ],
};

export const checkout: FunctionNode = {
  name: 'checkout',
  emitter: 'node',
  timeoutSeconds: 8,
  initializationMs: 310,
  ownMs: 14,
  calls: [
    { kind: 'invoke', id: 'pricing-invoke', target: pricing },
    {
      kind: 'aws',
      id: 'carts-table',
      service: 'DynamoDB',
      operation: 'UpdateItem',
      resource: 'carts',
      medianMs: 9,
    },
  ],
};

export const inventoryService: ContainerNode = {
  name: 'inventory-service',
  origin: 'AWS::ECS::Container',
  emitter: 'java',
  ownMs: 6,
  clientTimeoutMs: 5000,
  calls: [
    {
      kind: 'redis',
      id: 'session-cache',
      host: 'sessions.x1y2z3.euw1.cache.amazonaws.com',
      command: 'GET',
      medianMs: 1.2,
    },
    {
      kind: 'sql',
      id: 'inventory-db',
      database: 'inventory',
      host: 'inventory.cluster-c9ab12.eu-west-1.rds.amazonaws.com',
      query: 'SELECT sku, quantity FROM stock WHERE sku = ANY(?)',
      medianMs: 14,
    },
    {
      kind: 'http',
      id: 'supplier-api',
      url: 'https://api.supplier.example/v1/availability',
      method: 'GET',
      medianMs: 120,
    },
  ],
};

export const reportingService: ContainerNode = {
  name: 'reporting-api',
  origin: 'AWS::EC2::Instance',
  emitter: 'go',
  ownMs: 12,
  clientTimeoutMs: 4000,
  calls: [
    {
      kind: 'aws',
      id: 'db-secret',
      service: 'SecretsManager',
      operation: 'GetSecretValue',
      resource: 'reporting/db',
      medianMs: 18,
    },
    {
      kind: 'aws',
      id: 'reports-table',
      service: 'DynamoDB',
      operation: 'Query',
      resource: 'reports',
      medianMs: 24,
    },
    {
      kind: 'aws',
      id: 'exports-bucket',
      service: 'S3',
      operation: 'GetObject',
      resource: 'report-exports',
      medianMs: 45,
    },
  ],
};

export const reindexProduct: FunctionNode = {
  name: 'reindex-product',
  emitter: 'node',
  timeoutSeconds: 6,
  initializationMs: 350,
  ownMs: 8,
  calls: [
    {
      kind: 'aws',
      id: 'search-index-table',
      service: 'DynamoDB',
      operation: 'PutItem',
      resource: 'search-index',
      medianMs: 10,
    },
    {
      kind: 'http',
      id: 'search-api',
      url: 'https://search-products-a1b2c3.eu-west-1.es.amazonaws.com/products/_doc',
      method: 'PUT',
      medianMs: 45,
    },
  ],
};

export const catalogService: ContainerNode = {
  name: 'catalog-service',
  origin: 'AWS::ElasticBeanstalk::Environment',
  emitter: 'python',
  ownMs: 20,
  clientTimeoutMs: 5000,
  calls: [],
};

export const auditTrail: FunctionNode = {
  name: 'audit-trail',
  emitter: 'python',
  timeoutSeconds: 10,
  initializationMs: 420,
  ownMs: 5,
  calls: [
    {
      kind: 'aws',
      id: 'audit-bucket',
      service: 'S3',
      operation: 'PutObject',
      resource: 'audit-trail-prod',
      medianMs: 40,
    },
  ],
};

export const resolveCart: FunctionNode = {
  name: 'resolve-cart',
  emitter: 'node',
  timeoutSeconds: 10,
  initializationMs: 380,
  ownMs: 12,
  calls: [
    {
      kind: 'aws',
      id: 'products-table',
      service: 'DynamoDB',
      operation: 'GetItem',
      resource: 'products',
      medianMs: 5,
      repeat: 8,
    },
    {
      kind: 'http',
      id: 'reviews-api',
      url: 'https://reviews.partner.example/v3/summary',
      method: 'GET',
      medianMs: 70,
    },
    {
      kind: 'invoke',
      id: 'audit-invoke',
      target: auditTrail,
      asynchronous: true,
    },
  ],
};
