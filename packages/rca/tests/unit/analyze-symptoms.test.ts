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

  it('drops scale-out cold starts that look slower only beside a lone baseline cold start', () => {
    const baseline = invocations(20, (index) => ({
      functionName: 'checkout',
      calls: [putOrder(), chargeCard()],
      initialization: index === 0 ? 0.5 : 0,
    }));
    // Seven environments starting at once on a busy machine, each slower
    // than the one that started alone, while the table throttles.
    const window = invocations(10, (index) => ({
      functionName: 'checkout',
      calls: [index < 6 ? throttledPutOrder() : putOrder(), chargeCard()],
      initialization: index < 7 ? 1.1 + (index % 3) * 0.1 : 0,
    }));

    const report = analyze(readTraces(window), {
      baseline: readTraces(baseline),
    });

    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
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

  it('keeps cold starts of the usual length when a call is only a little slower more often', () => {
    const { baseline, window } = coldStartsWithSlowerCharges(0.2);

    const report = analyze(readTraces(window), {
      baseline: readTraces(baseline),
    });

    expect(report.rootCauses[0]).toMatchObject({
      service: 'checkout',
      kind: 'cold-start',
    });
    expect(report.rootCauses[1]).toMatchObject({
      service: 'api.payments.example',
      kind: 'latency',
    });
  });

  it('drops scale-out cold starts of the usual length when a call got clearly slower', () => {
    const { baseline, window } = coldStartsWithSlowerCharges(0.6);

    const report = analyze(readTraces(window), {
      baseline: readTraces(baseline),
    });

    expect(report.rootCauses[0]).toMatchObject({
      service: 'api.payments.example',
      kind: 'latency',
    });
    expect(report.rootCauses.map((cause) => cause.kind)).not.toContain(
      'cold-start',
    );
  });

  it('keeps cold starts of a function that a fault elsewhere did not fail', () => {
    const { baseline, window } = faultBesideColdStarts('checkout');

    const report = analyze(readTraces(window), {
      baseline: readTraces(baseline),
    });

    expect(report.rootCauses[0]).toMatchObject({
      service: 'api.payments.example',
      kind: 'fault',
    });
    expect(report.rootCauses[1]).toMatchObject({
      service: 'reserve-stock',
      kind: 'cold-start',
    });
  });

  it('drops cold starts of a function that the fault failed', () => {
    const { baseline, window } = faultBesideColdStarts('reserve-stock');

    const report = analyze(readTraces(window), {
      baseline: readTraces(baseline),
    });

    expect(report.rootCauses[0]).toMatchObject({
      service: 'api.payments.example',
      kind: 'fault',
    });
    expect(report.rootCauses.map((cause) => cause.kind)).not.toContain(
      'cold-start',
    );
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

/**
 * A baseline with 2.5% cold starts and charges spread from 80 to 175 ms,
 * and a window where 60% of invocations start cold (Initialization as
 * long as in the baseline) and a third of the charges take `slowCharge`
 * seconds.
 */
function coldStartsWithSlowerCharges(slowCharge: number) {
  const charge = (index: number) => 0.08 + (index % 20) * 0.005;
  const baseline = invocations(120, (index) => ({
    functionName: 'checkout',
    calls: [putOrder(), chargeCard({ duration: charge(index) })],
    initialization: index % 40 === 0 ? 0.2 : 0,
  }));
  const window = invocations(150, (index) => ({
    functionName: 'checkout',
    calls: [
      putOrder(),
      chargeCard({ duration: index % 3 === 0 ? slowCharge : charge(index) }),
    ],
    initialization: index % 5 < 3 ? 0.2 : 0,
  }));

  return { baseline, window };
}

/**
 * Two functions taking turns, `checkout` and `reserve-stock`, with no cold
 * start in the baseline. In the window half of the invocations of
 * `failing` get a 503 from the payment provider and fail, and one in three
 * of `reserve-stock` starts cold.
 */
function faultBesideColdStarts(failing: string) {
  const healthy = (index: number) => ({
    functionName: index % 2 === 0 ? 'checkout' : 'reserve-stock',
    calls: [putOrder(), chargeCard()],
  });
  const baseline = invocations(120, healthy);
  const window = invocations(150, (index) => {
    const invocation = healthy(index);
    const fails =
      invocation.functionName === failing && Math.floor(index / 2) % 2 === 0;
    const coldStart =
      invocation.functionName === 'reserve-stock' &&
      Math.floor(index / 2) % 3 === 1;

    return {
      ...invocation,
      calls: fails
        ? [putOrder(), chargeCard({ status: 503, fault: true })]
        : invocation.calls,
      failure: fails ? { message: 'payment failed' } : undefined,
      initialization: coldStart ? 1 : 0,
    };
  });

  return { baseline, window };
}
