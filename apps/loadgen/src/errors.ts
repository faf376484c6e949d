/**
 * Base of every error the load generator raises on purpose. The CLI turns
 * its `exitCode` into the process exit code.
 *
 * @example
 * if (error instanceof LoadgenError) process.exitCode = error.exitCode;
 */
export class LoadgenError extends Error {
  override name = 'LoadgenError';
  /** The process exit code the CLI ends with. */
  readonly exitCode: number;

  constructor(message: string, exitCode: number, options?: ErrorOptions) {
    super(message, options);
    this.exitCode = exitCode;
  }
}

/**
 * A scenario file that cannot be read or does not match the schema; names
 * the file and every bad field. Exit code 2.
 *
 * @example
 * throw new ScenarioFileError('a.json', ['orders: must be positive']);
 */
export class ScenarioFileError extends LoadgenError {
  override name = 'ScenarioFileError';
  readonly file: string;
  readonly problems: readonly string[];

  constructor(file: string, problems: string[], options?: ErrorOptions) {
    super(
      `Scenario ${file} is invalid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nFix the fields above (see the scenario schema in the loadgen README).`,
      2,
      options,
    );
    this.file = file;
    this.problems = problems;
  }
}

/**
 * Command-line options that cannot work together or hold a bad value.
 * Exit code 2.
 *
 * @example
 * throw new UsageError('--orders must be a positive integer, got "x".');
 */
export class UsageError extends LoadgenError {
  override name = 'UsageError';

  constructor(message: string, options?: ErrorOptions) {
    super(message, 2, options);
  }
}

/**
 * `--target local` found no synthesized order stack in the cdk.out folder.
 * Exit code 2.
 *
 * @example
 * throw new MissingTemplateError('apps/infra/cdk.out');
 */
export class MissingTemplateError extends LoadgenError {
  override name = 'MissingTemplateError';
  readonly cdkOut: string;

  constructor(cdkOut: string, options?: ErrorOptions) {
    super(
      `No synthesized ServerlessOrderStack in ${cdkOut}: run \`pnpm --filter @org/infra synth\` first (or pass --cdk-out DIR).`,
      2,
      options,
    );
    this.cdkOut = cdkOut;
  }
}

/**
 * `--target aws` without AWS credentials in the environment or the shared
 * files. Raised before any request is sent. Exit code 3.
 *
 * @example
 * throw new MissingCredentialsError(cause);
 */
export class MissingCredentialsError extends LoadgenError {
  override name = 'MissingCredentialsError';

  constructor(options?: ErrorOptions) {
    super(
      'No AWS credentials found for --target aws. Set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (or run `aws sso login`), then run again.',
      3,
      options,
    );
  }
}

/**
 * The deployed stack is missing or lacks an output the run needs.
 * Exit code 3.
 *
 * @example
 * throw new StackOutputsError('orders-stack', ['EventBusName']);
 */
export class StackOutputsError extends LoadgenError {
  override name = 'StackOutputsError';

  constructor(stack: string, detail: string, options?: ErrorOptions) {
    super(
      `Cannot use stack "${stack}": ${detail}. Deploy it with apps/infra or pass the right --stack.`,
      3,
      options,
    );
  }
}

/**
 * The local stack could not be started. Exit code 3.
 *
 * @example
 * throw new LocalStackUnavailableError({ cause });
 */
export class LocalStackUnavailableError extends LoadgenError {
  override name = 'LocalStackUnavailableError';

  constructor(options?: ErrorOptions) {
    const reason =
      options?.cause instanceof Error ? `: ${options.cause.message}` : '';
    super(
      `The local stack is not available${reason}. Build it with \`pnpm exec turbo run build --filter=@org/loadgen...\`, synthesize it with \`pnpm --filter @org/infra synth\` and check that 127.0.0.1 ports are free.`,
      3,
      options,
    );
  }
}

/**
 * EventBridge kept refusing entries after every retry. Exit code 4.
 *
 * @example
 * throw new DeliveryError(['ord-1'], 'ThrottlingException');
 */
export class DeliveryError extends LoadgenError {
  override name = 'DeliveryError';
  readonly orderIds: readonly string[];

  constructor(orderIds: string[], reason: string, options?: ErrorOptions) {
    super(
      `EventBridge refused ${orderIds.length} order event(s) after every retry (${reason}), first: ${orderIds[0]}. Check the bus name and its quotas, then run again.`,
      4,
      options,
    );
    this.orderIds = orderIds;
  }
}

/**
 * The orders table or the DLQ could not be read at the end of the settle
 * wait, so the run cannot tell which orders were lost. Exit code 5.
 *
 * @example
 * throw new OutcomeReadError(12, { cause });
 */
export class OutcomeReadError extends LoadgenError {
  override name = 'OutcomeReadError';

  constructor(unread: number, options?: ErrorOptions) {
    const reason =
      options?.cause instanceof Error ? ` (${options.cause.message})` : '';
    super(
      `Could not read the outcome of ${unread} order(s) at the end of the wait${reason}. Raise the table's read capacity, lengthen timeouts.pollIntervalMs or timeouts.settleSeconds, then run again.`,
      5,
      options,
    );
  }
}
