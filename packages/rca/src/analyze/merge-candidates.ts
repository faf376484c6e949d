import { type Candidate, mergeCandidate } from './candidate.js';

const CONCRETE_FAILURES = new Set(['throttle', 'fault', 'timeout']);

/**
 * Folds candidates that describe one cause: calls left unfinished join the
 * throttles, faults or timeouts seen at the same location (the call that
 * never finished is the same trouble, cut off by a timeout), else they
 * become timeouts; throttled retries that made traces slow or recurred
 * heavily join the throttle failures at the same location.
 *
 * @example
 * const causes = mergeCandidates([...failures, ...latency]);
 */
export function mergeCandidates(candidates: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  const ordered = [...candidates].sort(
    (left, right) => rankOfKind(left) - rankOfKind(right),
  );
  for (const candidate of ordered) {
    const host = findHost(candidate, merged);
    if (host !== undefined) {
      mergeCandidate(host, candidate);
      continue;
    }
    if (candidate.kind === 'unfinished') candidate.kind = 'timeout';
    const key = `${candidate.location.key}#${candidate.kind}`;
    const same = byKey.get(key);
    if (same !== undefined) {
      mergeCandidate(same, candidate);
      continue;
    }
    byKey.set(key, candidate);
    merged.push(candidate);
  }

  return merged;
}

/** Real failures first, so that unfinished calls and retries find them. */
function rankOfKind(candidate: Candidate): number {
  if (CONCRETE_FAILURES.has(candidate.kind) && !candidate.fromSuccesses) {
    return 0;
  }

  return candidate.kind === 'unfinished' ? 2 : 1;
}

function findHost(
  candidate: Candidate,
  merged: readonly Candidate[],
): Candidate | undefined {
  const sameLocation = merged.filter(
    (other) => other.location.key === candidate.location.key,
  );
  if (candidate.kind === 'unfinished') {
    return sameLocation
      .filter(
        (other) => CONCRETE_FAILURES.has(other.kind) && !other.fromSuccesses,
      )
      .sort((left, right) => right.traceIds.length - left.traceIds.length)[0];
  }
  if (candidate.kind === 'throttle' && candidate.fromSuccesses) {
    return sameLocation.find((other) => other.kind === 'throttle');
  }

  return undefined;
}
