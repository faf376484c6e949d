/**
 * Base class of the X-Ray emulation's errors.
 *
 * @example
 * if (error instanceof XRayEmulationError) { ... }
 */
export class XRayEmulationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'XRayEmulationError';
  }
}

/**
 * A trace header that cannot be read. Carries the offending header text.
 *
 * @example
 * throw new TraceHeaderError('Parent=abc');
 */
export class TraceHeaderError extends XRayEmulationError {
  readonly header: string;

  constructor(header: string, options?: { cause?: unknown }) {
    super(
      `The trace header "${header}" has no valid Root=1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx field; pass a header such as "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1".`,
      options,
    );
    this.name = 'TraceHeaderError';
    this.header = header;
  }
}

/**
 * A filter expression of GetTraceSummaries that does not parse. `position`
 * is the zero-based character offset where reading stopped.
 *
 * @example
 * throw new FilterExpressionError('responsetime >', 14, 'a number');
 */
export class FilterExpressionError extends XRayEmulationError {
  readonly expression: string;
  readonly position: number;

  constructor(
    expression: string,
    position: number,
    expected: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Invalid filter expression "${expression}": expected ${expected} at character ${position}. Check the X-Ray filter expression syntax (for example: fault and service("orders")).`,
      options,
    );
    this.name = 'FilterExpressionError';
    this.expression = expression;
    this.position = position;
  }
}

/**
 * An X-Ray API request that the service refuses with HTTP 400. `code` is
 * the AWS error code the caller sees (`InvalidRequestException`,
 * `ValidationException`).
 *
 * @example
 * throw new XRayRequestError('InvalidRequestException', 'Bad NextToken');
 */
export class XRayRequestError extends XRayEmulationError {
  readonly code: 'InvalidRequestException' | 'ValidationException';
  readonly statusCode = 400;

  constructor(
    code: 'InvalidRequestException' | 'ValidationException',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'XRayRequestError';
    this.code = code;
  }
}
