/** Read and write capacity units per second of a table. */
export interface Throughput {
  read: number;
  write: number;
}

/** How the payment provider stub misbehaves; every knob off by default. */
export interface PaymentProviderFaults {
  /** Milliseconds added before each answer. */
  latencyMs: number;
  /** Share of requests, 0 to 1, answered with a 5xx before any charge. */
  failureRate: number;
  /** When true, requests are never answered until the stub stops. */
  hang: boolean;
}

/**
 * The fault knobs of a running local cloud, in one place: throughput
 * limits of DynamoDB tables, extra latency on an emulated service and the
 * payment provider's misbehaviour. Every knob takes effect on the next
 * request.
 *
 * @example
 * cloud.faults.setThroughput('orders', { read: 5, write: 1 });
 * cloud.faults.setServiceLatency('dynamodb', 250);
 * cloud.faults.setPaymentProvider({ failureRate: 0.2 });
 * cloud.faults.reset();
 */
export class Faults {
  readonly #throughput = new Map<string, Throughput>();
  readonly #latency = new Map<string, number>();
  #payment: PaymentProviderFaults = noPaymentFaults();

  /** Overrides a table's provisioned throughput, even of an on-demand table. */
  setThroughput(table: string, throughput: Throughput): void {
    if (!(throughput.read > 0 && throughput.write > 0)) {
      throw new RangeError(
        `Throughput of table "${table}" must be positive, got read=${throughput.read} write=${throughput.write}.`,
      );
    }
    this.#throughput.set(table, { ...throughput });
  }

  /** Returns a table to the throughput it was created with. */
  clearThroughput(table: string): void {
    this.#throughput.delete(table);
  }

  /** The override of a table's throughput, if one is set. */
  throughputOverride(table: string): Throughput | undefined {
    return this.#throughput.get(table);
  }

  /** Delays every answer of the named service (`dynamodb`, `sqs`, `events`, …). */
  setServiceLatency(service: string, milliseconds: number): void {
    if (!(milliseconds >= 0)) {
      throw new RangeError(
        `Latency of service "${service}" must be zero or more milliseconds, got ${milliseconds}.`,
      );
    }
    this.#latency.set(service, milliseconds);
  }

  /** The extra latency of a service, zero when none is set. */
  serviceLatency(service: string): number {
    return this.#latency.get(service) ?? 0;
  }

  /** Changes some of the payment provider's knobs, keeping the others. */
  setPaymentProvider(faults: Partial<PaymentProviderFaults>): void {
    const next = { ...this.#payment, ...faults };
    if (!(next.failureRate >= 0 && next.failureRate <= 1)) {
      throw new RangeError(
        `The payment provider's failureRate must be between 0 and 1, got ${next.failureRate}.`,
      );
    }
    this.#payment = next;
  }

  /** The payment provider's current knobs. */
  get paymentProvider(): Readonly<PaymentProviderFaults> {
    return this.#payment;
  }

  /** Turns every knob off. */
  reset(): void {
    this.#throughput.clear();
    this.#latency.clear();
    this.#payment = noPaymentFaults();
  }
}

function noPaymentFaults(): PaymentProviderFaults {
  return { latencyMs: 0, failureRate: 0, hang: false };
}
