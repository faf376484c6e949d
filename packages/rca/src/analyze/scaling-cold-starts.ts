import type { Candidate } from './candidate.js';

/**
 * Leaves out cold starts that are a symptom rather than a cause. An
 * outage that holds execution environments longer (a throttled table, a
 * hanging dependency, a call that got slower) makes Lambda start new
 * ones: more cold starts at the usual Initialization time. Such cold
 * starts, and cold starts with none in the baseline to compare with, are
 * kept unless something else explains the window: a failure cause, a
 * throttle, or latency that got slower than the baseline. Latency seen
 * only as more traces a little above the baseline's 95th percentile,
 * none of them 1.5 times above it, is too weak to hold environments
 * longer and explains no scale-out. A cold start whose Initialization
 * got slower than the baseline's is always kept.
 *
 * @example
 * const causes = withoutScalingColdStarts(latency.causes, failures.causes);
 */
export function withoutScalingColdStarts(
  latencyCauses: readonly Candidate[],
  failureCauses: readonly Candidate[],
): Candidate[] {
  const isScaling = (candidate: Candidate) =>
    candidate.kind === 'cold-start' && candidate.slowerThanBaseline !== true;
  const holdsEnvironments = (candidate: Candidate) =>
    candidate.kind !== 'latency' || candidate.slowerThanBaseline === true;
  const others = latencyCauses.filter((candidate) => !isScaling(candidate));
  if (
    failureCauses.length === 0 &&
    !others.some((candidate) => holdsEnvironments(candidate))
  ) {
    return [...latencyCauses];
  }

  return others;
}
