/**
 * Base class of the errors `@org/tracing` raises. The wrapper never throws
 * one into a handler: these surface only from explicit configuration
 * calls, where failing early is the point.
 *
 * @example
 * if (error instanceof TracingError) { ... }
 */
export class TracingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TracingError';
  }
}

/**
 * A trace header that is not `Root=1-xxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx;...`.
 *
 * @example
 * throw new TraceHeaderError('Sampled=1');
 */
export class TraceHeaderError extends TracingError {
  readonly header: string;

  constructor(header: string, options?: { cause?: unknown }) {
    super(
      `The trace header "${header}" has no valid Root field: pass a header such as "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1".`,
      options,
    );
    this.name = 'TraceHeaderError';
    this.header = header;
  }
}

/**
 * A configuration value that cannot be used, such as a daemon address
 * without a port.
 *
 * @example
 * throw new TracingConfigurationError('AWS_XRAY_DAEMON_ADDRESS', 'localhost');
 */
export class TracingConfigurationError extends TracingError {
  readonly setting: string;
  readonly value: string;

  constructor(
    setting: string,
    value: string,
    expected: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting} is "${value}": ${expected}.`, options);
    this.name = 'TracingConfigurationError';
    this.setting = setting;
    this.value = value;
  }
}
