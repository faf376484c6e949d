import { describe, expect, it } from 'vitest';
import { analyze, readTraces, type SegmentDocument } from '../../src/index.js';
import {
  chargeCard,
  lambdaInvocation,
  putOrder,
  throttledPutOrder,
} from './trace-builders.js';

const ownDefect = { type: 'TypeError', message: 'total is undefined' };
const paymentFailed = { type: 'Error', message: 'payment failed' };

/** Healthy invocations, plus the function's own defect every 60th. */
function baseline(count: number): SegmentDocument[] {
  const documents: SegmentDocument[] = [];
  for (let index = 0; index < count; index += 1) {
    documents.push(
      ...lambdaInvocation({
        index: 10_000 + index,
        calls: [putOrder(), chargeCard()],
        ...(index % 60 === 0 ? { failure: ownDefect } : {}),
      }),
    );
  }

  return documents;
}

/** A window where `pick` chooses what goes wrong in each invocation. */
function window(
  count: number,
  pick: (index: number) => 'defect' | 'payment' | 'throttle' | 'ok',
): SegmentDocument[] {
  const documents: SegmentDocument[] = [];
  for (let index = 0; index < count; index += 1) {
    const trouble = pick(index);
    documents.push(
      ...lambdaInvocation({
        index,
        calls: [
          trouble === 'throttle' ? throttledPutOrder() : putOrder(),
          trouble === 'payment'
            ? chargeCard({ status: 502, fault: true })
            : chargeCard(),
        ],
        ...(trouble === 'defect' ? { failure: ownDefect } : {}),
        ...(trouble === 'payment' ? { failure: paymentFailed } : {}),
        ...(trouble === 'throttle' ? { failure: paymentFailed } : {}),
      }),
    );
  }

  return documents;
}

describe('analyze: causes seen in a few traces', () => {
  it('blames a fault the baseline never shows, not the caller it made fail', () => {
    const documents = window(150, (index) => {
      if (index % 18 === 5) return 'defect';
      if (index % 37 === 9) return 'payment';

      return 'ok';
    });

    const report = analyze(readTraces(documents), {
      baseline: readTraces(baseline(120)),
    });

    const fault = report.rootCauses.find(
      (cause) => cause.service === 'api.payments.example',
    );
    expect(fault).toMatchObject({ kind: 'fault', tracesAffected: 4 });
    const defect = report.rootCauses.find(
      (cause) => cause.service === 'checkout',
    );
    expect(defect).toMatchObject({ kind: 'error', tracesAffected: 9 });
  });

  it('lists a failure too rare to stand out after the cause that does', () => {
    const documents = window(150, (index) => {
      if (index % 3 === 0) return 'throttle';
      if (index === 31 || index === 95) return 'payment';

      return 'ok';
    });

    const report = analyze(readTraces(documents), {
      baseline: readTraces(baseline(120)),
    });

    expect(report.rootCauses[0]).toMatchObject({
      service: 'DynamoDB',
      kind: 'throttle',
    });
    expect(report.rootCauses[1]).toMatchObject({
      service: 'api.payments.example',
      kind: 'fault',
      tracesAffected: 2,
    });
    expect(report.rootCauses[1]?.confidence).toBeLessThan(0.1);
  });
});

describe('analyze: derived baseline', () => {
  it('derives none from a chance cluster of failures spread over the input', () => {
    // A third of the first 80 traces fail, then an eighth of the rest:
    // as uneven as a steady share of failures often falls by chance.
    const failing = (index: number) =>
      index < 80 ? index % 3 === 1 : index % 8 === 2;
    const documents = window(180, (index) =>
      failing(index) ? 'throttle' : 'ok',
    );

    const report = analyze(readTraces(documents));

    expect(report.baseline.kind).toBe('none');
    expect(report.rootCauses[0]).toMatchObject({ kind: 'throttle' });
  });
});
