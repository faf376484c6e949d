import { createSocket } from 'node:dgram';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSegmentStore,
  createXRayDaemon,
  createXRayService,
  DATAGRAM_HEADER,
  DropReason,
  decodeDatagram,
} from '../../../src/xray/index.js';

type Expected = 'stored' | DropReason;
interface Case {
  expected: Expected;
  datagram: Buffer;
}

const hex = (length: number) =>
  fc.string({
    unit: fc.constantFrom(...'0123456789abcdef'),
    minLength: length,
    maxLength: length,
  });
const validSegment = fc.record({
  id: hex(16),
  trace_id: fc
    .tuple(hex(8), hex(24))
    .map(([epoch, random]) => `1-${epoch}-${random}`),
  name: fc.string({ minLength: 1, maxLength: 20 }),
  start_time: fc.double({ min: 1e9, max: 2e9, noNaN: true }),
  end_time: fc.double({ min: 1e9, max: 2e9, noNaN: true }),
  annotations: fc.dictionary(
    fc.string({ maxLength: 8 }),
    fc.oneof(fc.string(), fc.integer(), fc.boolean()),
  ),
});
const framed = (body: string) => Buffer.from(`${DATAGRAM_HEADER}\n${body}`);

/** A datagram and what the daemon must do with it. */
const datagramCase: fc.Arbitrary<Case> = fc.oneof<fc.Arbitrary<Case>[]>(
  validSegment.map((document) => ({
    expected: 'stored',
    datagram: framed(JSON.stringify(document)),
  })),
  validSegment.map((document) => ({
    expected: DropReason.missingHeader,
    datagram: Buffer.from(JSON.stringify(document)),
  })),
  fc
    .tuple(
      validSegment,
      fc.string({ maxLength: 30 }).filter((text) => !text.includes('\n')),
    )
    .map(([document, header]) => ({
      expected: DropReason.badHeader,
      datagram: Buffer.from(`${header}\n${JSON.stringify(document)}`),
    })),
  fc.tuple(validSegment, fc.nat()).map(([document, cut]) => {
    const text = JSON.stringify(document);
    return {
      expected: DropReason.badJson,
      datagram: framed(text.slice(0, cut % text.length)),
    };
  }),
  fc
    .tuple(
      validSegment,
      fc.string({ maxLength: 20 }).filter((id) => !/^[0-9a-f]{16}$/.test(id)),
    )
    .map(([document, id]) => ({
      expected: DropReason.badId,
      datagram: framed(JSON.stringify({ ...document, id })),
    })),
  validSegment.map(({ trace_id: _traceId, ...document }) => ({
    expected: DropReason.missingTraceId,
    datagram: framed(JSON.stringify(document)),
  })),
  validSegment.map(({ start_time: _start, ...document }) => ({
    expected: DropReason.missingStartTime,
    datagram: framed(JSON.stringify(document)),
  })),
  validSegment.map(({ end_time: _end, ...document }) => ({
    expected: DropReason.missingEndTime,
    datagram: framed(JSON.stringify(document)),
  })),
  validSegment.map((document) => ({
    expected: DropReason.badParentId,
    datagram: framed(JSON.stringify({ ...document, type: 'subsegment' })),
  })),
);

function tally(expected: Expected[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of expected) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

describe('fuzzing the daemon and the API', { timeout: 120_000 }, () => {
  it('counts 10,000 generated datagrams by outcome without throwing', () => {
    const cases = fc.sample(datagramCase, { numRuns: 10_000, seed: 20261203 });
    const store = createSegmentStore({ maxTraces: 100_000 });

    for (const { datagram } of cases) {
      const check = decodeDatagram(datagram);
      if (check.kind === 'dropped') store.countDropped(check.reason);
      else store.put(check.document);
    }

    const { stored, ...expectedDrops } = tally(
      cases.map((entry) => entry.expected),
    );
    expect(store.stats()).toMatchObject({
      received: 10_000,
      stored,
      dropped: expectedDrops,
    });
  });

  it('survives 10,000 random byte strings', () => {
    const store = createSegmentStore();
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.boolean(),
        (bytes, withHeader) => {
          const body = Buffer.from(bytes);
          const datagram = withHeader
            ? Buffer.concat([framed(''), body])
            : body;
          const check = decodeDatagram(datagram);
          expect(['accepted', 'dropped']).toContain(check.kind);
        },
      ),
      { numRuns: 10_000, seed: 7 },
    );
    expect(store.stats().received).toBe(0);
  });

  it('counts 2,000 datagrams sent over UDP exactly', async () => {
    const store = createSegmentStore({ maxTraces: 100_000 });
    const daemon = await createXRayDaemon({ store, port: 0 });
    const socket = createSocket('udp4');
    const cases = fc.sample(datagramCase, { numRuns: 2_000, seed: 99 });
    try {
      for (let start = 0; start < cases.length; start += 200) {
        for (const { datagram } of cases.slice(start, start + 200)) {
          socket.send(datagram, daemon.port, '127.0.0.1');
        }
        await daemon.settled();
      }
    } finally {
      socket.close();
      await daemon.close();
    }

    const { stored, ...expectedDrops } = tally(
      cases.map((entry) => entry.expected),
    );
    expect(store.stats()).toMatchObject({
      received: 2_000,
      stored,
      dropped: expectedDrops,
    });
  });

  it('answers 10,000 random API bodies with 200 or an AWS 400 error', async () => {
    const service = createXRayService({ store: createSegmentStore() });
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .record(
          {
            StartTime: fc.oneof(fc.double(), fc.string(), fc.constant(1.7e9)),
            EndTime: fc.oneof(fc.double(), fc.string(), fc.constant(1.8e9)),
            FilterExpression: fc.oneof(
              fc.string(),
              fc.constantFrom(
                'fault',
                'service("x") { error }',
                'annotation.a = 1',
              ),
            ),
            NextToken: fc.oneof(fc.string(), fc.constant(undefined)),
            TraceIds: fc.oneof(
              fc.array(fc.string(), { maxLength: 8 }),
              fc.string(),
            ),
            TimeRangeType: fc.constantFrom(
              'TraceId',
              'Event',
              'Nope',
              undefined,
            ),
          },
          { requiredKeys: [] },
        )
        .map((input) => JSON.stringify(input)),
    );
    const path = fc.constantFrom(
      '/TraceSummaries',
      '/Traces',
      '/ServiceGraph',
      '/TraceGraph',
    );
    const statuses = new Set<number>();

    await fc.assert(
      fc.asyncProperty(path, body, async (route, text) => {
        const response = await service.handle({
          method: 'POST',
          path: route,
          query: new URLSearchParams(),
          headers: {},
          body: Buffer.from(text),
        });
        statuses.add(response.status);
        if (response.status === 400) {
          expect(response.headers?.['x-amzn-errortype']).toMatch(
            /^(InvalidRequestException|ValidationException)$/,
          );
        } else {
          expect(response.status).toBe(200);
        }
      }),
      { numRuns: 10_000, seed: 42 },
    );
    expect([...statuses].sort()).toEqual([200, 400]);
  });
});
