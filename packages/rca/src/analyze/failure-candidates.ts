import type { Finding, FindingStep } from '../locate/finding.js';
import { outcomeVerb } from '../locate/finding.js';
import type { TraceFacts } from '../locate/trace-facts.js';
import {
  type Candidate,
  type CandidateKind,
  candidateKey,
  increment,
  newCandidate,
  setExcess,
} from './candidate.js';
import { exceedsBaseline } from './outage-window.js';
import type { Partition } from './partition.js';

/**
 * Failure candidates of a window: `causes` are those above the baseline,
 * `noise` those the baseline (or their harmlessness) explains.
 * `explained` holds the ids of traces some cause explains.
 *
 * @example
 * const { causes, noise } = failureCandidates(analysed, partition);
 */
export interface FailureCandidates {
  readonly causes: Candidate[];
  readonly noise: Candidate[];
  readonly explained: ReadonlySet<string>;
}

interface KeyCounts {
  traces: Map<string, number>;
  handled: Map<string, number>;
}

/**
 * Aggregates the findings of all analysed traces into candidates keyed by
 * (location, kind). A finding's origin that is noise (no more frequent
 * than in the baseline; without a baseline, a client error that usually
 * hurts no caller, or that an entry answered with a 4xx status and no
 * failure below) hands the trace to the next failing caller in its chain.
 *
 * @example
 * failureCandidates(analysed, failurePartition(analysed, undefined));
 */
export function failureCandidates(
  analysed: readonly TraceFacts[],
  partition: Partition,
): FailureCandidates {
  const windowCounts = countChainKeys(partition.window);
  const baselineCounts = countChainKeys(partition.baseline);
  const allCounts =
    partition.kind === 'derived' ? countChainKeys(analysed) : windowCounts;
  const isNoise = (key: string, outcome: FindingStep['outcome']) => {
    if (partition.kind === 'none') return isHarmless(key, outcome, allCounts);

    return !exceedsBaseline(
      windowCounts.traces.get(key) ?? 0,
      partition.window.length,
      baselineCounts.traces.get(key) ?? 0,
      partition.baseline.length,
    );
  };

  const result = assign(analysed, new Set(partition.window), isNoise);
  const sizes = {
    window: partition.window.length,
    baseline: partition.baseline.length,
  };
  for (const candidate of [...result.causes, ...result.noise]) {
    const key = candidateKey(candidate.location, candidate.kind);
    candidate.baselineTraces = baselineCounts.traces.get(key) ?? 0;
    setExcess(candidate, sizes);
  }

  return result;
}

function isHarmless(
  key: string,
  outcome: FindingStep['outcome'],
  counts: KeyCounts,
): boolean {
  if (outcome !== 'error') return false;
  const total = counts.traces.get(key) ?? 0;

  return total > 0 && (counts.handled.get(key) ?? 0) / total >= 0.5;
}

function isClientStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500;
}

function countChainKeys(traces: readonly TraceFacts[]): KeyCounts {
  const counts: KeyCounts = { traces: new Map(), handled: new Map() };
  for (const facts of traces) {
    if (facts.findings.length === 0) continue;
    const seen = new Set<string>();
    for (const finding of facts.findings) {
      finding.chain.forEach((step, index) => {
        const key = candidateKey(step.location, step.outcome);
        const handled =
          index === 0 &&
          finding.chain.length === 1 &&
          (step.location.phase === 'call' || isClientStatus(step.status));
        if (handled) {
          increment(counts.handled, key);
        }
        if (!seen.has(key)) increment(counts.traces, key);
        seen.add(key);
      });
    }
  }

  return counts;
}

function assign(
  analysed: readonly TraceFacts[],
  window: ReadonlySet<TraceFacts>,
  isNoise: (key: string, outcome: FindingStep['outcome']) => boolean,
): FailureCandidates {
  const causes = new Map<string, Candidate>();
  const noise = new Map<string, Candidate>();
  const explained = new Set<string>();
  for (const facts of analysed) {
    if (facts.findings.length === 0) continue;
    const claimed = new Set<Candidate>();
    for (const finding of facts.findings) {
      const index = finding.chain.findIndex(
        (step) =>
          !isNoise(candidateKey(step.location, step.outcome), step.outcome),
      );
      const target = index === -1 ? noise : causes;
      const candidate = record(target, finding, Math.max(0, index));
      if (claimed.has(candidate)) continue;
      const above = finding.chain.length > Math.max(0, index) + 1;
      if (above || finding.reachesEntry) candidate.propagated += 1;
      claimed.add(candidate);
      candidate.traceIds.push(facts.id);
      if (window.has(facts)) candidate.windowTraces += 1;
      if (index !== -1) explained.add(facts.id);
    }
  }

  return {
    causes: [...causes.values()],
    noise: [...noise.values()],
    explained,
  };
}

function record(
  candidates: Map<string, Candidate>,
  finding: Finding,
  index: number,
): Candidate {
  const step = finding.chain[index] as FindingStep;
  const kind: CandidateKind = step.outcome;
  const key = candidateKey(step.location, kind);
  let candidate = candidates.get(key);
  if (candidate === undefined) {
    candidate = newCandidate(step.location, kind);
    candidates.set(key, candidate);
  }
  const calls = index === 0 ? finding.calls : 1;
  if (step.outcome === 'unfinished') candidate.unfinishedCalls += calls;
  else candidate.calls += calls;
  candidate.retries += step.retries;
  if (step.retries > 0) candidate.retriedCalls += 1;
  if (step.status !== undefined)
    increment(candidate.statuses, `${step.status}`);
  if (step.exception !== undefined)
    increment(candidate.exceptions, step.exception);
  const above = finding.chain.slice(index + 1);
  for (const caller of above) {
    increment(
      candidate.symptoms,
      `${caller.location.service} ${outcomeVerb(caller.outcome)}`,
    );
  }

  return candidate;
}
