import { describe, expect, it } from 'vitest';
import { unappliedFaults } from '../../src/target/unapplied-faults.js';

const everyFault = {
  tableThroughput: { read: 1, write: 1 },
  reservedConcurrency: { fulfillment: 1 },
  paymentProvider: { latencyMs: 0, failureRate: 1, hang: false },
  serviceLatencyMs: { dynamodb: 100 },
};

describe('unappliedFaults', () => {
  it('names no fault on the local stack, which applies them all', () => {
    expect(unappliedFaults('local', everyFault)).toEqual([]);
  });

  it('names every fault on AWS, where a run never changes the stack', () => {
    expect(unappliedFaults('aws', everyFault)).toEqual(Object.keys(everyFault));
  });

  it('names nothing for a scenario without faults', () => {
    expect(unappliedFaults('aws', {})).toEqual([]);
  });
});
