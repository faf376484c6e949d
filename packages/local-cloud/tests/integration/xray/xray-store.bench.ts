import { bench, describe } from 'vitest';
import {
  createSegmentStore,
  createXRayService,
  decodeDatagram,
  encodeDatagram,
  storeSink,
} from '../../../src/xray/index.js';
import { sendOrderTrace } from './order-traces.js';

const START = 1_700_000_000;
const BENCH_OPTIONS = { time: 500, warmupTime: 100 };
const TRACES = 1_000;

function documentsOfOrders(count: number) {
  const documents: Buffer[] = [];
  const sink = {
    send: (document: object) =>
      documents.push(encodeDatagram(document as never)),
  };
  for (let index = 0; index < count; index++) {
    sendOrderTrace(sink, { start: START + index, throttled: index % 4 === 0 });
  }
  return documents;
}

const datagrams = documentsOfOrders(TRACES);
const filled = createSegmentStore({ maxTraces: TRACES });
for (let index = 0; index < TRACES; index++) {
  sendOrderTrace(storeSink(filled), {
    start: START + index,
    throttled: index % 4 === 0,
  });
}
const service = createXRayService({ store: filled, pageSize: 1_000 });
const summariesRequest = (filter?: string) => ({
  method: 'POST',
  path: '/TraceSummaries',
  query: new URLSearchParams(),
  headers: {},
  body: Buffer.from(
    JSON.stringify({
      StartTime: START - 1,
      EndTime: START + TRACES,
      FilterExpression: filter,
    }),
  ),
});

describe(`ingest ${datagrams.length} datagrams (${TRACES} order traces)`, () => {
  bench(
    'reference: JSON.parse of each document',
    () => {
      for (const datagram of datagrams) {
        const text = datagram.toString('utf8');
        JSON.parse(text.slice(text.indexOf('\n') + 1));
      }
    },
    BENCH_OPTIONS,
  );

  bench(
    'decodeDatagram and store.put',
    () => {
      const store = createSegmentStore({ maxTraces: TRACES });
      for (const datagram of datagrams) {
        const check = decodeDatagram(datagram);
        if (check.kind === 'accepted') store.put(check.document);
      }
    },
    BENCH_OPTIONS,
  );
});

describe(`query ${TRACES} stored order traces`, () => {
  bench(
    'reference: structuredClone of every stored document',
    () => {
      for (const trace of filled.traces()) {
        for (const document of trace.documents.values())
          structuredClone(document);
      }
    },
    BENCH_OPTIONS,
  );

  bench(
    'GetTraceSummaries without a filter',
    async () => {
      await service.handle(summariesRequest());
    },
    BENCH_OPTIONS,
  );

  bench(
    'GetTraceSummaries with service("DynamoDB") { throttle }',
    async () => {
      await service.handle(
        summariesRequest('service("DynamoDB") { throttle }'),
      );
    },
    BENCH_OPTIONS,
  );
});
