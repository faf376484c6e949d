import { bench, describe } from 'vitest';
import {
  createSegmentStore,
  createXRayService,
  decodeDatagram,
  encodeDatagram,
  getTraceSummaries,
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
const storeKeptForHeapFigure = measureHeapPerTrace();
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

/**
 * Prints the heap one stored order trace takes against the size of its
 * JSON text, when the run has `--expose-gc`.
 */
function measureHeapPerTrace(): unknown {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) {
    console.log('Heap figure skipped: run with NODE_OPTIONS=--expose-gc.');
    return undefined;
  }
  collect();
  const before = process.memoryUsage().heapUsed;
  const store = createSegmentStore({ maxTraces: TRACES });
  for (const datagram of datagrams) {
    const check = decodeDatagram(datagram);
    if (check.kind === 'accepted') store.put(check.document);
  }
  collect();
  const heap = (process.memoryUsage().heapUsed - before) / TRACES;
  const text =
    datagrams.reduce((total, datagram) => total + datagram.length, 0) / TRACES;
  getTraceSummaries(
    store,
    { StartTime: START - 1, EndTime: START + TRACES },
    1,
  );
  collect();
  const withViews = (process.memoryUsage().heapUsed - before) / TRACES;
  console.log(
    `Heap per stored order trace: ${(heap / 1024).toFixed(1)} KiB, ${(heap / text).toFixed(2)}x its ${(text / 1024).toFixed(1)} KiB of datagrams; ${(withViews / 1024).toFixed(1)} KiB (${(withViews / text).toFixed(2)}x) once queried (cached views)`,
  );
  return store;
}
