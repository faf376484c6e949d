import type { LocalCloud } from '@org/local-cloud';
import type { ScenarioFaults } from '../scenario/scenario-schema.js';

/**
 * Applies a scenario's faults through the local cloud's knobs: the orders
 * table's throughput, reserved concurrency by function, the payment
 * provider's misbehaviour and extra latency by service.
 *
 * @example
 * applyLocalFaults(cloud, 'orders', { tableThroughput: { read: 100, write: 1 } });
 */
export function applyLocalFaults(
  cloud: LocalCloud,
  tableName: string,
  faults: ScenarioFaults,
): void {
  if (faults.tableThroughput) {
    cloud.faults.setThroughput(tableName, faults.tableThroughput);
  }
  for (const [functionName, limit] of Object.entries(
    faults.reservedConcurrency ?? {},
  )) {
    if (limit !== undefined) {
      cloud.lambda.faults.setReservedConcurrency(functionName, limit);
    }
  }
  if (faults.paymentProvider) {
    cloud.faults.setPaymentProvider(faults.paymentProvider);
  }
  for (const [service, milliseconds] of Object.entries(
    faults.serviceLatencyMs ?? {},
  )) {
    cloud.faults.setServiceLatency(service, milliseconds);
  }
}
