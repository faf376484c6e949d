import type { Candidate } from './candidate.js';

/**
 * Leaves out cold starts that are a symptom rather than a cause. An
 * outage that holds execution environments longer (a throttled table, a
 * hanging dependency) makes Lambda start new ones: more cold starts at
 * the usual Initialization time. Such cold starts, and cold starts with
 * none in the baseline to compare with, are kept only when nothing else
 * explains the window: no failure cause and no other latency cause. A
 * cold start whose Initialization got slower than the baseline's is
 * always kept.
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
  const others = latencyCauses.filter((candidate) => !isScaling(candidate));
  if (failureCauses.length === 0 && others.length === 0) {
    return [...latencyCauses];
  }

  return others;
}
