/**
 * Base class of the RCA engine's errors.
 *
 * @example
 * if (error instanceof RcaError) { ... }
 */
export class RcaError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RcaError';
  }
}

/** Where a malformed input was found: file, line and field. */
export interface TraceInputLocation {
  source?: string;
  line?: number;
  field?: string;
}

/**
 * Input that is not trace data the engine can read. The message names the
 * source, the line and the field, shows the bad value and says what to do.
 *
 * @example
 * throw new TraceInputError('a Document is not a string', {
 *   source: 'traces.json',
 *   field: 'Traces[0].Segments[1].Document',
 * });
 */
export class TraceInputError extends RcaError {
  readonly source: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(
    problem: string,
    location: TraceInputLocation = {},
    options?: { cause?: unknown },
  ) {
    super(describeProblem(problem, location), options);
    this.name = 'TraceInputError';
    this.source = location.source;
    this.line = location.line;
    this.field = location.field;
  }
}

function describeProblem(problem: string, location: TraceInputLocation) {
  const where = [
    location.source,
    location.line === undefined ? undefined : `line ${location.line}`,
    location.field === undefined ? undefined : `field ${location.field}`,
  ].filter((part) => part !== undefined);
  const prefix = where.length === 0 ? '' : `${where.join(', ')}: `;

  return `${prefix}${problem}. Pass a BatchGetTraces response, an array of its pages, or NDJSON of X-Ray segment documents.`;
}
