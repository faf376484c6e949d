import type { NodeLocation } from '../classify/node-location.js';
import type { Finding, FindingStep } from '../locate/finding.js';
import type { TraceFacts } from '../locate/trace-facts.js';

interface UsualCalls {
  readonly sequence: readonly string[];
  readonly troubled: ReadonlySet<string>;
  readonly locations: ReadonlyMap<string, NodeLocation>;
}

/**
 * A function that timed out with no failing call in sight was usually cut
 * off inside a call whose subsegment was never sent. Healthy traces show
 * which calls the function normally makes, in order; the first usual call
 * missing from the timed-out trace is where it hung, provided that call
 * was seen hanging elsewhere (unfinished, timed out or throttled, in two
 * traces or more): without such evidence the function's own code is as
 * likely to have used the time. Such findings gain that call as an unfinished origin
 * (merged later with throttles, faults or timeouts seen at the same
 * place).
 *
 * @example
 * const facts = inferCutOffCalls(analysed);
 */
export function inferCutOffCalls(
  analysed: readonly TraceFacts[],
): TraceFacts[] {
  const timedOut = bareTimeoutLocations(analysed);
  if (timedOut.size === 0) return [...analysed];
  const troubled = troubledCalls(analysed);
  if (troubled.size === 0) return [...analysed];
  const usual = usualCalls(analysed, troubled, timedOut);
  if (usual.size === 0) return [...analysed];

  return analysed.map((facts) => {
    if (!facts.findings.some(isBareTimeout)) return facts;
    const findings = facts.findings.map((finding) =>
      isBareTimeout(finding) ? extend(finding, facts, usual) : finding,
    );

    return { ...facts, findings };
  });
}

/**
 * The location keys of the functions that timed out bare: only their
 * usual calls are ever looked up, so only theirs are tallied.
 */
function bareTimeoutLocations(analysed: readonly TraceFacts[]): Set<string> {
  const keys = new Set<string>();
  for (const facts of analysed) {
    for (const finding of facts.findings) {
      if (!isBareTimeout(finding)) continue;
      keys.add((finding.chain[0] as FindingStep).location.key);
    }
  }

  return keys;
}

function isBareTimeout(finding: Finding): boolean {
  const origin = finding.chain[0] as FindingStep;

  return (
    origin.outcome === 'timeout' &&
    origin.location.phase === 'code' &&
    !origin.inferred
  );
}

function extend(
  finding: Finding,
  facts: TraceFacts,
  usual: ReadonlyMap<string, UsualCalls>,
): Finding {
  const origin = finding.chain[0] as FindingStep;
  const calls = usual.get(origin.location.key);
  if (calls === undefined) return finding;
  const instance = facts.callSequences.find(
    (sequence) => sequence.segmentId === origin.segmentId,
  );
  const made = new Set(instance?.calls ?? []);
  const missing = calls.sequence.find((key) => !made.has(key));
  if (missing === undefined || !calls.troubled.has(missing)) return finding;
  const location =
    missing === undefined ? undefined : calls.locations.get(missing);
  if (location === undefined) return finding;

  const step: FindingStep = {
    location,
    outcome: 'unfinished',
    exception: undefined,
    status: undefined,
    retries: 0,
    segmentId: origin.segmentId,
    duration: origin.duration,
    inferred: true,
  };

  return { ...finding, chain: [step, ...finding.chain], calls: 1 };
}

/** Outcomes that show a call can hold a caller until its timeout. */
const HANGING = new Set(['unfinished', 'timeout', 'throttle']);
/** Traces that must show a call hanging before a cut-off is blamed on it. */
const MINIMUM_HANGING_TRACES = 2;

function troubledCalls(analysed: readonly TraceFacts[]): Set<string> {
  const traces = new Map<string, number>();
  for (const facts of analysed) {
    if (facts.findings.length === 0) continue;
    const seen = new Set<string>();
    for (const finding of facts.findings) {
      const origin = finding.chain[0] as FindingStep;
      const key = origin.location.key;
      if (origin.location.phase !== 'call' || !HANGING.has(origin.outcome)) {
        continue;
      }
      if (!seen.has(key)) traces.set(key, (traces.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }

  return new Set(
    [...traces]
      .filter(([, count]) => count >= MINIMUM_HANGING_TRACES)
      .map(([key]) => key),
  );
}

function usualCalls(
  analysed: readonly TraceFacts[],
  troubled: ReadonlySet<string>,
  timedOut: ReadonlySet<string>,
): Map<string, UsualCalls> {
  const tallies = new Map<string, Map<string, number>>();
  const locations = new Map<string, NodeLocation>();
  for (const facts of analysed) {
    if (facts.findings.length > 0) continue;
    for (const {
      locationKey: segmentKey,
      calls: sequence,
    } of facts.callSequences) {
      if (!timedOut.has(segmentKey)) continue;
      let tally = tallies.get(segmentKey);
      if (tally === undefined) {
        tally = new Map();
        tallies.set(segmentKey, tally);
      }
      const joined = sequence.join('\n');
      tally.set(joined, (tally.get(joined) ?? 0) + 1);
      for (const key of sequence) {
        const location = facts.locations.get(key);
        if (location !== undefined) locations.set(key, location);
      }
    }
  }
  const usual = new Map<string, UsualCalls>();
  for (const [segmentKey, tally] of tallies) {
    const [joined] = [...tally].sort(
      (left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1),
    )[0] as [string, number];
    const sequence = joined.split('\n');
    usual.set(segmentKey, { sequence, troubled, locations });
  }

  return usual;
}
