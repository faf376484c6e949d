import { readTraces } from '@org/rca';
import { describe, expect, it } from 'vitest';
import { serviceNodes } from '../../../src/html/service-nodes.js';
import { outageTracesText } from '../../support/outage-traces.js';

describe('serviceNodes', () => {
  const nodes = serviceNodes(readTraces(outageTracesText()));
  const byName = new Map(nodes.map((node) => [node.name, node]));

  it('names every node of the pipeline as the service map does, by kind', () => {
    expect(
      Object.fromEntries(nodes.map((node) => [node.name, node.kind])),
    ).toEqual({
      DynamoDB: 'aws-service',
      Lambda: 'aws-service',
      StepFunctions: 'aws-service',
      'api.payments.example': 'remote',
      'order-validation': 'function',
      'order-workflow': 'state-machine',
      'payment-processing': 'function',
    });
  });

  it('counts each failing trace once per category at the node', () => {
    const dynamoDb = byName.get('DynamoDB');

    expect(dynamoDb?.traces).toBe(40);
    expect(dynamoDb?.failedTraces).toEqual({
      fault: 0,
      throttle: 11,
      error: 0,
      unfinished: 5,
    });
  });

  it('counts a function timeout as a fault of the function', () => {
    const validation = byName.get('order-validation');

    expect(validation?.failedTraces.fault).toBe(5);
    expect(byName.get('payment-processing')?.failedTraces.fault).toBe(0);
  });
});
