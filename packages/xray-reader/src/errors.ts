/**
 * Base class of the errors that `@org/xray-reader` throws.
 *
 * @example
 * if (error instanceof XRayReaderError) { ... }
 */
export class XRayReaderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XRayReaderError';
  }
}

/**
 * A duration or time that could not be read, such as `--since 15x`.
 * `value` holds the text as it was given.
 *
 * @example
 * throw new TimeWindowError('15x', 'Use a number followed by s, m, h or d.');
 */
export class TimeWindowError extends XRayReaderError {
  readonly value: string;

  constructor(value: string, advice: string, options?: { cause?: unknown }) {
    super(`Cannot read the time "${value}". ${advice}`, options);
    this.name = 'TimeWindowError';
    this.value = value;
  }
}

/**
 * The reading did not finish before its deadline or was aborted.
 *
 * @example
 * throw new XRayDeadlineError(30_000);
 */
export class XRayDeadlineError extends XRayReaderError {
  readonly deadlineMs: number | undefined;

  constructor(deadlineMs?: number, options?: { cause?: unknown }) {
    const limit =
      deadlineMs === undefined ? 'it was aborted' : `${deadlineMs} ms passed`;
    super(
      `Reading traces from X-Ray stopped because ${limit}. Use a shorter window or a longer deadline.`,
      options,
    );
    this.name = 'XRayDeadlineError';
    this.deadlineMs = deadlineMs;
  }
}

/**
 * An X-Ray API call failed for good: the error was not transient, or it
 * stayed transient after every retry. The SDK's error is the `cause`.
 *
 * @example
 * throw new XRayRequestError('GetTraceSummaries', 5, { cause: error });
 */
export class XRayRequestError extends XRayReaderError {
  readonly operation: string;
  readonly attempts: number;

  constructor(
    operation: string,
    attempts: number,
    options?: { cause?: unknown },
  ) {
    const reason =
      options?.cause instanceof Error ? options.cause.message : 'unknown';
    super(
      `X-Ray ${operation} failed after ${attempts} attempt(s): ${reason}. Check the endpoint, region and credentials, or retry later.`,
      options,
    );
    this.name = 'XRayRequestError';
    this.operation = operation;
    this.attempts = attempts;
  }
}
