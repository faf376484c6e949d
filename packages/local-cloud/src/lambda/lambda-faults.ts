/**
 * Fault knobs of the Lambda emulation: a reserved concurrency that
 * overrides the function's own, and extra latency before each invocation.
 *
 * @example
 * lambda.faults.setReservedConcurrency('payment-processing', 1);
 * lambda.faults.setLatency('fulfillment', 500);
 * lambda.faults.reset();
 */
export class LambdaFaults {
  #concurrency = new Map<string, number>();
  #latency = new Map<string, number>();

  /** Caps the function's concurrent executions at `limit` (0 throttles all). */
  setReservedConcurrency(functionName: string, limit: number): void {
    this.#concurrency.set(functionName, limit);
  }

  /** Back to the function's own reserved concurrency. */
  clearReservedConcurrency(functionName: string): void {
    this.#concurrency.delete(functionName);
  }

  /** The override for a function, if one is set. */
  reservedConcurrency(functionName: string): number | undefined {
    return this.#concurrency.get(functionName);
  }

  /** Delays every invocation of the function by `milliseconds` before it runs. */
  setLatency(functionName: string, milliseconds: number): void {
    this.#latency.set(functionName, milliseconds);
  }

  /** The extra latency of a function in milliseconds; 0 when none is set. */
  latency(functionName: string): number {
    return this.#latency.get(functionName) ?? 0;
  }

  /** Turns every knob off. */
  reset(): void {
    this.#concurrency.clear();
    this.#latency.clear();
  }
}
