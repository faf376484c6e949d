import type { NodeLocation } from '../classify/node-location.js';
import type { TraceFacts } from '../locate/trace-facts.js';
import type { Candidate } from './candidate.js';

/**
 * Leaves out cold starts that are a symptom rather than a cause. An
 * outage that holds execution environments longer (a throttled table, a
 * hanging dependency, a call that got slower) makes Lambda start new
 * ones: more cold starts at the usual Initialization time. Such cold
 * starts, and cold starts with none in the baseline to compare with, are
 * kept unless something else explains them: a throttle or timeout, latency
 * that got slower than the baseline, or a fault or error that failed the
 * function itself (a failed invocation is retried). A fault or error that
 * failed other functions only returns at once and holds no environment of
 * this one. Latency seen only as more traces a little above the
 * baseline's 95th percentile, none of them 1.5 times above it, is too
 * weak to hold environments longer and explains no scale-out. A cold
 * start whose Initialization got slower than the baseline's is always
 * kept.
 *
 * @example
 * const causes = withoutScalingColdStarts(
 *   latency.causes, failures.causes, analysed,
 * );
 */
export function withoutScalingColdStarts(
  latencyCauses: readonly Candidate[],
  failureCauses: readonly Candidate[],
  traces: readonly TraceFacts[],
): Candidate[] {
  const isScaling = (candidate: Candidate) =>
    candidate.kind === 'cold-start' && candidate.slowerThanBaseline !== true;
  const holdsEnvironments = (candidate: Candidate) =>
    candidate.kind !== 'latency' || candidate.slowerThanBaseline === true;
  const others = latencyCauses.filter((candidate) => !isScaling(candidate));
  const holdsAll =
    others.some((candidate) => holdsEnvironments(candidate)) ||
    failureCauses.some(
      (candidate) => candidate.kind !== 'fault' && candidate.kind !== 'error',
    );
  if (holdsAll) return others;

  const failedFunctions = functionsFailedBy(failureCauses, traces);

  return latencyCauses.filter(
    (candidate) =>
      !isScaling(candidate) ||
      !failedFunctions.has(functionKey(candidate.location)),
  );
}

/** The functions on the failing chains of the given causes' origins. */
function functionsFailedBy(
  causes: readonly Candidate[],
  traces: readonly TraceFacts[],
): Set<string> {
  const origins = new Set(causes.map((cause) => cause.location.key));
  const failed = new Set<string>();
  for (const facts of traces) {
    for (const finding of facts.findings) {
      if (!origins.has(finding.chain[0]?.location.key ?? '')) continue;
      for (const step of finding.chain) {
        failed.add(functionKey(step.location));
      }
    }
  }

  return failed;
}

function functionKey(location: NodeLocation): string {
  return `${location.service}|${location.resource ?? ''}`;
}
