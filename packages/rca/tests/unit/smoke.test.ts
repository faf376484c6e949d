import { describe, expect, it } from 'vitest';
import { analyze, readTraces } from '../../src/index.js';
import {
  duplicateOrder,
  lambdaInvocation,
  putOrder,
  throttledPutOrder,
} from './trace-builders.js';

describe('analyze', () => {
  it('names a DynamoDB throttle that makes the function time out', () => {
    const documents = [];
    for (let index = 0; index < 200; index += 1) {
      const outage = index >= 120 && index % 3 !== 0;
      const calls = [
        index % 17 === 0
          ? duplicateOrder()
          : outage
            ? throttledPutOrder()
            : putOrder(),
      ];
      documents.push(
        ...lambdaInvocation({
          index,
          functionName: 'order-validation',
          calls,
          ...(outage
            ? {
                failure: {
                  type: 'Error',
                  message: 'Task timed out after 3.00 seconds',
                },
              }
            : {}),
        }),
      );
    }
    const report = analyze(readTraces(documents));
    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      resource: 'orders',
      operation: 'PutItem',
      kind: 'throttle',
    });
  });
});
