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
import { exceedsBaseline, risesAboveBaseline } from './outage-window.js';
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
  const shares = (key: string) =>
    [
      windowCounts.traces.get(key) ?? 0,
      partition.window.length,
      baselineCounts.traces.get(key) ?? 0,
      partition.baseline.length,
    ] as const;
  const verdicts: NoiseVerdicts = {
    isNoise: (key, outcome) =>
      partition.kind === 'none'
        ? isHarmless(key, outcome, allCounts)
        : !exceedsBaseline(...shares(key)),
    isExplained: (key, outcome) =>
      partition.kind === 'none'
        ? isHarmless(key, outcome, allCounts)
        : !risesAboveBaseline(...shares(key)),
  };

  const result = assign(analysed, new Set(partition.window), verdicts);
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

/**
 * How a failing step compares with the baseline: `isNoise` when it does
 * not stand out from it, `isExplained` when the baseline (or, without
 * one, its harmlessness) accounts for it.
 */
interface NoiseVerdicts {
  isNoise: (key: string, outcome: FindingStep['outcome']) => boolean;
  isExplained: (key: string, outcome: FindingStep['outcome']) => boolean;
}

/**
 * The step of a chain that a trace is blamed on: the first that is not
 * noise. A noise origin passes its trace up only when the baseline
 * explains it; one seen too seldom to stand out, but more often than the
 * baseline explains, keeps the trace when a caller above it would take
 * it: that caller failed because of it.
 */
function blamedStep(finding: Finding, verdicts: NoiseVerdicts): number {
  const stands = finding.chain.findIndex(
    (step) =>
      !verdicts.isNoise(
        candidateKey(step.location, step.outcome),
        step.outcome,
      ),
  );
  if (stands <= 0) return stands;
  const unexplained = finding.chain
    .slice(0, stands)
    .findIndex(
      (step) =>
        !verdicts.isExplained(
          candidateKey(step.location, step.outcome),
          step.outcome,
        ),
    );

  return unexplained === -1 ? stands : unexplained;
}

function assign(
  analysed: readonly TraceFacts[],
  window: ReadonlySet<TraceFacts>,
  verdicts: NoiseVerdicts,
): FailureCandidates {
  const blamed = new Map<Finding, number>();
  const blamedKeys = new Set<string>();
  for (const facts of analysed) {
    for (const finding of facts.findings) {
      const index = blamedStep(finding, verdicts);
      blamed.set(finding, index);
      if (index !== -1) blamedKeys.add(stepKey(finding, index));
    }
  }
  const causes = new Map<string, Candidate>();
  const noise = new Map<string, Candidate>();
  const explained = new Set<string>();
  for (const facts of analysed) {
    if (facts.findings.length === 0) continue;
    const claimed = new Set<Candidate>();
    for (const finding of facts.findings) {
      // A failure that is noise throughout still joins its origin where
      // other traces blame that origin.
      let index = blamed.get(finding) ?? -1;
      if (index === -1 && blamedKeys.has(stepKey(finding, 0))) index = 0;
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

function stepKey(finding: Finding, index: number): string {
  const step = finding.chain[index] as FindingStep;

  return candidateKey(step.location, step.outcome);
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
