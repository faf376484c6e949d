import { analyze, readTraces } from '@org/rca';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStack } from '../../src/index.js';
import { startOrderStack } from './order-stack.js';
import {
  dynamoDbThrottle,
  runOutage,
  SCENARIO_STACK_OPTIONS,
  type ScenarioRun,
} from './outage-scenarios.js';

interface SegmentNode {
  name: string;
  throttle?: boolean;
  aws?: { operation?: string; table_name?: string; retries?: number };
  cause?: { exceptions?: { type?: string }[] };
  subsegments?: SegmentNode[];
}

function flatten(nodes: SegmentNode[]): SegmentNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.subsegments ?? [])]);
}

function allNodes(run: ScenarioRun): SegmentNode[] {
  return flatten(
    run.traces.Traces.flatMap((trace) =>
      (trace.Segments ?? []).map(
        (segment) =>
          JSON.parse((segment as { Document: string }).Document) as SegmentNode,
      ),
    ),
  );
}

let running: RunningStack;
let run: ScenarioRun;

beforeAll(async () => {
  running = await startOrderStack(SCENARIO_STACK_OPTIONS);
  run = await runOutage(running, dynamoDbThrottle);
}, 120_000);

afterAll(async () => {
  await running?.cloud.stop();
});

describe('a burst of orders against an orders table of one WCU', () => {
  it('ends every order as FULFILLED or FAILED, or its event in the dead-letter queue', () => {
    expect([...run.ends.keys()].sort()).toEqual([...run.burst.orderIds].sort());
    expect(running.cloud.stats.dynamodb.throttled.orders).toBeGreaterThan(0);
  });

  it('fails Lambda invocations or workflow executions while the table throttles', () => {
    const stats = Object.values(running.cloud.lambda.stats());
    const failedInvocations = stats.reduce(
      (sum, fn) => sum + fn.errors + fn.timeouts,
      0,
    );
    const notFulfilled = [...run.ends.values()].filter(
      (end) => end !== 'FULFILLED',
    );

    expect(failedInvocations + notFulfilled.length).toBeGreaterThan(0);
  });

  it('leaves throttled DynamoDB calls on the orders table, retried by the SDK, in the traces', () => {
    const throttled = allNodes(run).filter(
      (node) =>
        node.name === 'DynamoDB' &&
        node.throttle === true &&
        node.aws?.table_name === 'orders',
    );

    expect(throttled.length).toBeGreaterThan(0);
    expect(
      throttled.flatMap((node) =>
        (node.cause?.exceptions ?? []).map((exception) => exception.type),
      ),
    ).toContain('ProvisionedThroughputExceededException');
    expect(
      Math.max(...throttled.map((node) => node.aws?.retries ?? 0)),
    ).toBeGreaterThan(0);
  });

  it('is named by the RCA engine as a throttle at DynamoDB orders', () => {
    const report = analyze(readTraces(run.traces, { source: 'local cloud' }));

    expect(report.rootCauses[0]).toMatchObject({
      kind: 'throttle',
      service: 'DynamoDB',
      resource: 'orders',
    });
  });
});
