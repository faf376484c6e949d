/**
 * Counters the local cloud keeps while it runs, so that tests and the demo
 * can see what the emulated services answered. Every field starts at zero
 * and only grows until the cloud stops.
 */
export interface LocalCloudStats {
  edge: {
    /** Requests the edge read, whatever their fate. */
    requests: number;
    /** Requests routed to each emulated service, by service name. */
    byService: Record<string, number>;
    /** Error answers by their short code, such as `SerializationException`. */
    errors: Record<string, number>;
    /** Bodies that were not valid JSON. */
    malformed: number;
    /** Bodies over the size limit, answered with 413. */
    oversized: number;
    /** Requests no service recognised. */
    unrouted: number;
    /** Connections whose HTTP framing Node refused before any routing. */
    badHttp: number;
    /** Answers of 500 after an emulator failed; see `lastInternalError`. */
    internalErrors: number;
    lastInternalError?: string;
  };
  dynamodb: {
    /** Requests answered with ProvisionedThroughputExceededException, by table. */
    throttled: Record<string, number>;
    /** Capacity units consumed, by table. */
    consumed: Record<string, { read: number; write: number }>;
  };
  events: {
    putEntries: number;
    matched: number;
    delivered: number;
    retries: number;
    deadLettered: number;
    /** Deliveries given up without a dead-letter queue to keep them. */
    dropped: number;
  };
  paymentProvider: {
    requests: number;
    charges: number;
    declined: number;
    injectedFailures: number;
    hung: number;
  };
}

/**
 * Creates a zeroed stats record.
 *
 * @example
 * const stats = createStats();
 * stats.edge.requests += 1;
 */
export function createStats(): LocalCloudStats {
  return {
    edge: {
      requests: 0,
      byService: {},
      errors: {},
      malformed: 0,
      oversized: 0,
      unrouted: 0,
      badHttp: 0,
      internalErrors: 0,
    },
    dynamodb: { throttled: {}, consumed: {} },
    events: {
      putEntries: 0,
      matched: 0,
      delivered: 0,
      retries: 0,
      deadLettered: 0,
      dropped: 0,
    },
    paymentProvider: {
      requests: 0,
      charges: 0,
      declined: 0,
      injectedFailures: 0,
      hung: 0,
    },
  };
}

/**
 * Adds one to a counter in a record of counters.
 *
 * @example
 * increment(stats.edge.byService, 'sqs');
 */
export function increment(
  counters: Record<string, number>,
  key: string,
  by = 1,
): void {
  counters[key] = (counters[key] ?? 0) + by;
}
