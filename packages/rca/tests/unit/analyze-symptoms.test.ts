import { describe, expect, it } from 'vitest';
import { analyze, readTraces } from '../../src/index.js';
import {
  chargeCard,
  invocations,
  putOrder,
  throttledPutOrder,
} from './trace-builders.js';

// Changes that come with an outage without causing it: more cold starts of
// the usual length while environments are held longer, and a machine that
// is slower as a whole.
describe('analyze: symptoms of an outage are not its cause', () => {
  it('drops scale-out cold starts of the usual length when a throttle explains the window', () => {
    const documents = invocations(160, (index) => {
      const incident = index >= 80;
      const coldStart =
        index % 40 === 0 || (incident && index % 2 === 0) ? 0.2 : 0;
      return {
        functionName: 'checkout',
        calls: [
          incident && index % 4 === 0 ? throttledPutOrder() : putOrder(),
          chargeCard(),
        ],
        initialization: coldStart,
      };
    });

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      resource: 'orders',
      kind: 'throttle',
    });
    expect(report.rootCauses.map((cause) => cause.kind)).not.toContain(
      'cold-start',
    );
  });

  it('keeps cold starts of the usual length when nothing else changed', () => {
    const documents = invocations(160, (index) => ({
      functionName: 'checkout',
      calls: [putOrder(), chargeCard()],
      initialization:
        index % 40 === 0 || (index >= 80 && index % 2 === 0) ? 1.5 : 0,
    }));

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'checkout',
      kind: 'cold-start',
    });
  });

  it('ranks a throttle above the latency of a machine that got slower everywhere', () => {
    const documents = invocations(160, (index) => {
      const slow = index >= 80 ? 3 : 1;
      return {
        functionName: 'checkout',
        ownTime: 0.02 * slow,
        calls: [
          index >= 80 && index % 5 === 0
            ? throttledPutOrder()
            : putOrder({ duration: 0.012 * slow }),
          chargeCard({ duration: 0.08 * slow }),
        ],
      };
    });

    const report = analyze(readTraces(documents));

    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      resource: 'orders',
      kind: 'throttle',
    });
  });

  it('spreads the confidence of a slowdown shared by every location', () => {
    const oneSlowCall = invocations(160, (index) => ({
      functionName: 'checkout',
      ownTime: 0.02,
      calls: [
        putOrder({ duration: index >= 80 ? 0.036 : 0.012 }),
        chargeCard(),
      ],
    }));
    const everythingSlower = invocations(160, (index) => {
      const slow = index >= 80 ? 3 : 1;
      return {
        functionName: 'checkout',
        ownTime: 0.02 * slow,
        calls: [
          putOrder({ duration: 0.012 * slow }),
          chargeCard({ duration: 0.08 * slow }),
        ],
      };
    });

    const focused = analyze(readTraces(oneSlowCall)).rootCauses[0];
    const broad = analyze(readTraces(everythingSlower)).rootCauses[0];

    expect(focused).toMatchObject({ service: 'DynamoDB', kind: 'latency' });
    expect(broad?.kind).toBe('latency');
    expect(broad?.confidence ?? 0).toBeLessThan((focused?.confidence ?? 0) / 2);
  });
});
