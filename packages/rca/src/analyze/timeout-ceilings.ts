import type { Finding, FindingStep } from '../locate/finding.js';
import type { TraceFacts } from '../locate/trace-facts.js';

/** Failures this close to the longest one share its ceiling. */
const CEILING_TOLERANCE = 0.01;
/** Fewest failures at one ceiling that make it a timeout. */
const MINIMUM_AT_CEILING = 3;
/** Shortest ceiling taken for a timeout, in seconds. */
const MINIMUM_CEILING = 1;

/**
 * A function, container or state machine that failed after running as
 * long as it ever runs, in several traces, to within 1 %, hit its timeout
 * even when no exception says so (some runtimes record only a fault).
 * Such failures become timeouts.
 *
 * @example
 * const facts = recognizeTimeoutCeilings(analysed);
 */
export function recognizeTimeoutCeilings(
  analysed: readonly TraceFacts[],
): TraceFacts[] {
  const ceilings = findCeilings(analysed);
  if (ceilings.size === 0) return [...analysed];

  return analysed.map((facts) => {
    const hits = facts.findings.some((finding) =>
      finding.chain.some((step) => atCeiling(step, ceilings)),
    );
    if (!hits) return facts;
    const findings = facts.findings.map((finding) =>
      relabel(finding, ceilings),
    );

    return { ...facts, findings };
  });
}

function findCeilings(analysed: readonly TraceFacts[]): Map<string, number> {
  const durations = new Map<string, number[]>();
  for (const facts of analysed) {
    for (const finding of facts.findings) {
      for (const step of finding.chain) {
        if (!isCodeFailure(step)) continue;
        const list = durations.get(step.location.key);
        if (list === undefined)
          durations.set(step.location.key, [step.duration]);
        else list.push(step.duration);
      }
    }
  }
  const ceilings = new Map<string, number>();
  for (const [key, list] of durations) {
    const longest = list.reduce(
      (most, duration) => Math.max(most, duration),
      0,
    );
    const floor = longest * (1 - CEILING_TOLERANCE);
    const atTop = list.filter((duration) => duration >= floor).length;
    if (longest >= MINIMUM_CEILING && atTop >= MINIMUM_AT_CEILING) {
      ceilings.set(key, floor);
    }
  }

  return ceilings;
}

function isCodeFailure(step: FindingStep): boolean {
  return (
    step.location.phase === 'code' &&
    (step.outcome === 'error' || step.outcome === 'fault')
  );
}

function atCeiling(step: FindingStep, ceilings: ReadonlyMap<string, number>) {
  const ceiling = ceilings.get(step.location.key);

  return (
    ceiling !== undefined && isCodeFailure(step) && step.duration >= ceiling
  );
}

function relabel(
  finding: Finding,
  ceilings: ReadonlyMap<string, number>,
): Finding {
  const chain = finding.chain.map((step) =>
    atCeiling(step, ceilings) ? { ...step, outcome: 'timeout' as const } : step,
  );

  return { ...finding, chain };
}
