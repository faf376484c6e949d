import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSegmentStore,
  FilterExpressionError,
  getTraceSummaries,
  parseFilter,
  type SegmentStore,
} from '../../../src/xray/index.js';
import { EPOCH, segment } from './segment-fixtures.js';

const traceId = (letter: string) => `1-6553f100-${letter.repeat(24)}`;
const OK = traceId('a');
const THROTTLED = traceId('b');
const FAULTY = traceId('c');
const SLOW_CLIENT_ERROR = traceId('d');

function seed(): SegmentStore {
  const store = createSegmentStore();
  store.put(
    segment({
      trace_id: OK,
      name: 'order-validation',
      origin: 'AWS::Lambda::Function',
      user: 'customer-42',
      http: {
        request: { method: 'POST', url: 'https://shop.example/orders' },
        response: { status: 200 },
      },
      annotations: { Service: 'order-validation', ColdStart: true, Attempt: 1 },
    }),
  );
  const caller = segment({ trace_id: THROTTLED, name: 'payment-processing' });
  caller.subsegments = [
    {
      id: '00000000000000b1',
      name: 'DynamoDB',
      namespace: 'aws',
      start_time: EPOCH + 0.1,
      end_time: EPOCH + 0.2,
      error: true,
      throttle: true,
      http: { response: { status: 400 } },
    },
  ];
  store.put(caller);
  store.put(
    segment({
      trace_id: FAULTY,
      name: 'fulfillment',
      fault: true,
      http: { response: { status: 500 } },
      annotations: { Attempt: 3, ColdStart: false },
    }),
  );
  store.put(
    segment({
      trace_id: SLOW_CLIENT_ERROR,
      name: 'order-validation',
      end_time: EPOCH + 7,
      error: true,
      http: { response: { status: 404 } },
    }),
  );
  return store;
}

describe('filter expressions of GetTraceSummaries', () => {
  let store: SegmentStore;
  beforeAll(() => {
    store = seed();
  });
  const matching = (expression: string) =>
    getTraceSummaries(
      store,
      {
        StartTime: EPOCH - 60,
        EndTime: EPOCH + 60,
        FilterExpression: expression,
      },
      100,
    )
      .TraceSummaries.map((summary) => summary.Id)
      .sort();

  it.each([
    ['ok', [OK]],
    ['error', [THROTTLED, SLOW_CLIENT_ERROR]],
    ['fault', [FAULTY]],
    ['throttle', [THROTTLED]],
    ['!ok', [THROTTLED, FAULTY, SLOW_CLIENT_ERROR]],
    ['responsetime > 5', [SLOW_CLIENT_ERROR]],
    ['responsetime < 5', [OK, THROTTLED, FAULTY]],
    ['duration >= 7', [SLOW_CLIENT_ERROR]],
    ['http.status = 500', [FAULTY]],
    ['http.status != 500', [OK, SLOW_CLIENT_ERROR]],
    ['http.url CONTAINS "/orders"', [OK]],
    ['http.method = "POST"', [OK]],
    ['annotation.Service = "order-validation"', [OK]],
    ['annotation.Attempt >= 2', [FAULTY]],
    ['annotation.ColdStart = true', [OK]],
    ['annotation.ColdStart = false', [FAULTY]],
    ['annotation[Service] = "order-validation"', [OK]],
    ['annotation["Attempt"] >= 2', [FAULTY]],
    ['user = "customer-42"', [OK]],
    ['user BEGINSWITH "customer-"', [OK]],
    ['service("fulfillment")', [FAULTY]],
    ['service("DynamoDB")', [THROTTLED]],
    [
      'service(id(name: "DynamoDB", type: "AWS::DynamoDB::Table"))',
      [THROTTLED],
    ],
    [
      'service(id(name: "order-validation", type: "AWS::Lambda::Function"))',
      [OK],
    ],
    ['service("order-validation") { error }', [SLOW_CLIENT_ERROR]],
    ['edge("payment-processing", "DynamoDB") { throttle }', [THROTTLED]],
    ['edge("payment-processing", "DynamoDB") { fault }', []],
    ['edge("DynamoDB", "payment-processing")', []],
    ['fault OR throttle', [THROTTLED, FAULTY]],
    ['error AND responsetime > 5', [SLOW_CLIENT_ERROR]],
    ['!(fault or throttle) and !ok', [SLOW_CLIENT_ERROR]],
  ])('%s matches the expected traces', (expression, expected) => {
    expect(matching(expression)).toEqual([...expected].sort());
  });

  it.each([
    'responsetime >',
    'fault and',
    'service("x"',
    'annotation.Key ==',
    'http.status = "500"',
    'unknownkeyword',
    '(fault',
    '"unterminated',
    'fault #',
    'edge("a")',
    'service(orders)',
    'annotation[',
    'annotation[Key = 1',
  ])('refuses "%s" with a FilterExpressionError', (expression) => {
    expect(() => parseFilter(expression)).toThrow(FilterExpressionError);
  });

  it('reports where the expression stopped parsing', () => {
    try {
      parseFilter('fault and responsetime >');
      expect.unreachable();
    } catch (error) {
      expect((error as FilterExpressionError).position).toBe(24);
    }
  });
});
