import { lambdaContext } from '@org/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createLogger,
  createNoopBackend,
  resetColdStart,
  withTracing,
} from '../../src/index.js';

function capturedLogger(options: Parameters<typeof createLogger>[0] = {}) {
  const lines: string[] = [];
  const logger = createLogger({
    service: 'svc',
    write: (line) => lines.push(line),
    ...options,
  });

  return {
    logger,
    lines,
    entries: () => lines.map((line) => JSON.parse(line)),
  };
}

describe('createLogger', () => {
  afterEach(() => {
    delete process.env.LOG_LEVEL;
    delete process.env.LOG_FORMAT;
    delete process.env._X_AMZN_TRACE_ID;
  });

  it('writes one JSON line with level, message, timestamp, service and extra fields', () => {
    const { logger, entries } = capturedLogger();

    logger.info('Order stored', { orderId: 'ord-1' });

    const [entry] = entries();
    expect(entry).toMatchObject({
      level: 'INFO',
      message: 'Order stored',
      service: 'svc',
      orderId: 'ord-1',
    });
    expect(Number.isNaN(Date.parse(entry.timestamp))).toBe(false);
  });

  it('adds cold start, function name, request id and trace id inside a wrapped invocation', async () => {
    const { logger, entries } = capturedLogger();
    resetColdStart();
    process.env._X_AMZN_TRACE_ID =
      'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';
    const handler = withTracing(async () => logger.info('inside'), {
      backend: createNoopBackend(),
    });

    await handler(
      {},
      lambdaContext({ functionName: 'fn', requestId: 'req-9' }),
    );

    expect(entries()[0]).toMatchObject({
      cold_start: true,
      function_name: 'fn',
      function_request_id: 'req-9',
      xray_trace_id: '1-5759e988-bd862e3fe1be46a994272793',
    });
  });

  it('drops entries below LOG_LEVEL', () => {
    process.env.LOG_LEVEL = 'warn';
    const { logger, entries } = capturedLogger();

    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');

    expect(entries().map((entry) => entry.level)).toEqual(['WARN', 'ERROR']);
  });

  it('falls back to INFO for an unknown LOG_LEVEL', () => {
    process.env.LOG_LEVEL = 'chatty';

    expect(capturedLogger().logger.level).toBe('INFO');
  });

  it('writes one readable line with LOG_FORMAT=pretty', () => {
    process.env.LOG_FORMAT = 'pretty';
    const { logger, lines } = capturedLogger();

    logger.warn('Payment slow', { orderId: 'ord-1', latencyMs: 812 });

    expect(lines[0]).toMatch(
      /^\d\d:\d\d:\d\d\.\d{3} WARN  \[svc\] Payment slow orderId=ord-1 latencyMs=812$/,
    );
  });

  it('redacts personal data in messages, fields and errors', () => {
    const { logger, lines } = capturedLogger();

    logger.error('Charge failed for ada@example.com', {
      customerEmail: 'ada@example.com',
      note: 'card 4111 1111 1111 1111',
      error: new Error('declined 4111111111111111'),
    });

    expect(lines[0]).not.toMatch(/ada@example\.com|4111 1111|4111111111111111/);
  });

  it('keeps persistent fields of a child logger', () => {
    const { logger, entries } = capturedLogger();

    logger.child({ orderId: 'ord-2' }).info('step');

    expect(entries()[0]).toMatchObject({ orderId: 'ord-2' });
  });

  it('writes big integers as text instead of failing', () => {
    const { logger, entries } = capturedLogger();

    logger.info('Amount', { amountMinor: 2029n });

    expect(entries()[0]).toMatchObject({ amountMinor: '2029' });
  });
});
