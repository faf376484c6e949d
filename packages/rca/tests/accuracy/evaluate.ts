import { analyze, readTraces } from '../../src/index.js';
import type { GeneratedScenario } from './generate.js';
import { label, type ReportedCause, rankOfTruth } from './scoring.js';

/** What the engine answered for one scenario, against the truth. */
export interface ScenarioResult {
  generated: GeneratedScenario;
  causes: ReportedCause[];
  /** 1-based rank of the truth, undefined when missing from the top 5. */
  rank?: number;
  secondaryRank?: number;
  milliseconds: number;
}

/** Runs one scenario through `readTraces` and `analyze`. */
export function evaluate(generated: GeneratedScenario): ScenarioResult {
  const started = performance.now();
  const baseline = generated.baseline
    ? readTraces(generated.baseline)
    : undefined;
  const report = analyze(readTraces(generated.incident), { baseline, top: 5 });
  const causes: ReportedCause[] = report.rootCauses.map((cause) => ({
    rank: cause.rank,
    service: cause.service,
    resource: cause.resource,
    kind: cause.kind,
  }));

  return {
    generated,
    causes,
    rank: rankOfTruth(causes, generated.truth),
    secondaryRank: generated.secondary
      ? rankOfTruth(causes, generated.secondary)
      : undefined,
    milliseconds: performance.now() - started,
  };
}

/** Whether the scenario counts as found within the top 3. */
export function inTopThree(result: ScenarioResult): boolean {
  const primary = result.rank !== undefined && result.rank <= 3;
  if (!result.generated.secondary) {
    return primary;
  }

  return (
    primary && result.secondaryRank !== undefined && result.secondaryRank <= 3
  );
}

/** A fixed-width table of the results, one line per scenario. */
export function resultTable(results: readonly ScenarioResult[]): string {
  const rows = results.map((result) => {
    const { scenario, format, truth } = result.generated;
    const first = result.causes[0];
    const rank = result.rank === undefined ? '-' : String(result.rank);
    const second = result.generated.secondary
      ? ` (2nd: ${result.secondaryRank ?? '-'})`
      : '';

    return [
      scenario.name.padEnd(62),
      (format === 'ndjson' ? 'ndjson' : 'batch').padEnd(7),
      label(truth).padEnd(52),
      label(first).padEnd(52),
      `${rank}${second}`.padEnd(12),
      `${Math.round(result.milliseconds)} ms`,
    ].join(' ');
  });
  const header = [
    'scenario'.padEnd(62),
    'input'.padEnd(7),
    'expected'.padEnd(52),
    'ranked first'.padEnd(52),
    'rank'.padEnd(12),
    'time',
  ].join(' ');

  return [header, ...rows].join('\n');
}
