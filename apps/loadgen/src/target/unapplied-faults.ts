import type { ScenarioFaults } from '../scenario/scenario-schema.js';

/** The targets a run can drive. */
export type TargetKind = 'local' | 'aws';

/**
 * Names the scenario faults a target cannot apply, so the CLI can say so
 * before the run: the local stack applies every fault, and a run never
 * changes a deployed stack.
 *
 * @example
 * unappliedFaults('aws', { paymentProvider: { ... } }); // ['paymentProvider']
 */
export function unappliedFaults(
  target: TargetKind,
  faults: ScenarioFaults,
): string[] {
  const applicable: readonly (keyof ScenarioFaults)[] =
    target === 'local'
      ? [
          'tableThroughput',
          'reservedConcurrency',
          'paymentProvider',
          'serviceLatencyMs',
        ]
      : [];

  return (Object.keys(faults) as (keyof ScenarioFaults)[]).filter(
    (fault) => faults[fault] !== undefined && !applicable.includes(fault),
  );
}
