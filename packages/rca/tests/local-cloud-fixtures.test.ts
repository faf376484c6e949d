import { readFileSync } from 'node:fs';
import { segmentProblems } from '@org/testing';
import { describe, expect, it } from 'vitest';
import { analyze, readTraces } from '../src/index.js';

// Traces of outages injected into the order stack running in
// @org/local-cloud, recorded with
// `pnpm --filter @org/local-cloud record-fixture`: warm healthy orders,
// then a burst of orders during the outage.
const fixtures = [
  {
    file: 'dynamodb-throttle.json',
    outage: 'the orders table limited to one WCU',
    cause: { kind: 'throttle', service: 'DynamoDB', resource: 'orders' },
  },
  {
    file: 'payment-outage.json',
    outage: 'the payment provider answering every charge with a 503',
    // The stub listens on loopback, so its calls are named by its address.
    cause: { kind: 'fault', service: '127.0.0.1', operation: 'POST /charges' },
  },
  {
    file: 'fulfillment-concurrency.json',
    outage: 'fulfillment held to one concurrent execution',
    cause: { kind: 'throttle', service: 'Lambda', resource: 'fulfillment' },
  },
];

function fixture(file: string): string {
  return readFileSync(
    new URL(`./fixtures/local-cloud/${file}`, import.meta.url),
    'utf8',
  );
}

describe.each(fixtures)(
  'the local-cloud recording $file',
  ({ file, outage, cause }) => {
    it(`names ${cause.kind} at ${cause.service} first for ${outage}`, () => {
      const report = analyze(readTraces(fixture(file), { source: file }));

      expect(report.rootCauses[0]).toMatchObject(cause);
    });

    it('holds valid X-Ray segment documents', () => {
      const page = JSON.parse(fixture(file)) as {
        Traces: { Segments: { Document: string }[] }[];
      };
      const documents = page.Traces.flatMap((trace) =>
        trace.Segments.map((segment) => JSON.parse(segment.Document)),
      );

      expect(documents.length).toBeGreaterThan(0);
      expect(
        documents.flatMap((document) => segmentProblems(document)),
      ).toEqual([]);
    });
  },
);
