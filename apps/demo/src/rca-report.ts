import { AnalyzerError } from './errors.js';

/**
 * A root cause as the analyzer's JSON report gives it (the fields the
 * demo prints).
 *
 * @example
 * const cause: RootCause = report.rootCauses[0];
 */
export interface RootCause {
  rank: number;
  service: string;
  resource?: string;
  operation?: string;
  kind: string;
  exception?: string;
  tracesAffected: number;
  confidence: number;
}

/**
 * The analyzer's JSON report, as far as the demo reads it.
 *
 * @example
 * const report = parseRcaReport(run.stdout);
 */
export interface RcaReport {
  tracesAnalyzed: number;
  tracesWithIssues: number;
  rootCauses: RootCause[];
}

/**
 * Parses the analyzer's JSON report; rejects text that is not one.
 *
 * @example
 * parseRcaReport('{"tracesAnalyzed":1,"tracesWithIssues":0,"rootCauses":[]}');
 */
export function parseRcaReport(text: string): RcaReport {
  let value: Partial<RcaReport>;
  try {
    value = JSON.parse(text) as Partial<RcaReport>;
  } catch (cause) {
    throw new AnalyzerError(
      `printed something that is not JSON: "${text.slice(0, 80)}"`,
      { cause },
    );
  }
  if (!Array.isArray(value.rootCauses)) {
    throw new AnalyzerError(
      `printed JSON without rootCauses: "${text.slice(0, 80)}"`,
    );
  }

  return {
    tracesAnalyzed: Number(value.tracesAnalyzed ?? 0),
    tracesWithIssues: Number(value.tracesWithIssues ?? 0),
    rootCauses: value.rootCauses,
  };
}

/**
 * One line per root cause, for people: rank, kind, where, the exception,
 * the traces it affects and the confidence.
 *
 * @example
 * describeCause(cause); // '#1 throttle at DynamoDB orders PutItem (Provisioned…) in 64 traces, confidence 0.93'
 */
export function describeCause(cause: RootCause): string {
  const where = [cause.service, cause.resource, cause.operation]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
  const exception = cause.exception ? ` (${cause.exception})` : '';

  return `#${cause.rank} ${cause.kind} at ${where}${exception} in ${cause.tracesAffected} traces, confidence ${cause.confidence.toFixed(2)}`;
}
