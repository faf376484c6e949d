/**
 * Base class of the infrastructure app's errors.
 *
 * @example
 * if (error instanceof InfraError) { process.exitCode = 1; }
 */
export class InfraError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InfraError';
  }
}

/**
 * A context value (`-c name=value`) that the stack cannot use.
 *
 * @example
 * throw new ContextValueError('readCapacity', 'zero', 'a whole number >= 1');
 */
export class ContextValueError extends InfraError {
  readonly key: string;
  readonly value: unknown;

  constructor(
    key: string,
    value: unknown,
    expected: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Context value ${key}=${JSON.stringify(value)} is not valid: expected ${expected}. Pass it as -c ${key}=VALUE or leave it out for the default.`,
      options,
    );
    this.name = 'ContextValueError';
    this.key = key;
    this.value = value;
  }
}

/**
 * A Lambda entry point that a real (bundled) synth needs is missing.
 *
 * @example
 * throw new MissingHandlerError('/repo/apps/fulfillment/src/handler.ts');
 */
export class MissingHandlerError extends InfraError {
  readonly entry: string;

  constructor(entry: string, options?: { cause?: unknown }) {
    super(
      `The Lambda entry point ${entry} does not exist. Write the handler (it must export \`handler\`) or synthesize with -c lambdaCode=placeholder for a template without bundles.`,
      options,
    );
    this.name = 'MissingHandlerError';
    this.entry = entry;
  }
}

/**
 * cdk-nag reported findings that nobody acknowledged.
 *
 * @example
 * throw new NagFindingsError(['AwsSolutions-SQS3 at /Stack/Queue']);
 */
export class NagFindingsError extends InfraError {
  readonly findings: readonly string[];

  constructor(findings: readonly string[], options?: { cause?: unknown }) {
    super(
      `cdk-nag found ${findings.length} unacknowledged finding(s): ${findings.join('; ')}. Fix the resource or acknowledge the rule with a specific reason in src/nag/acknowledgements.ts.`,
      options,
    );
    this.name = 'NagFindingsError';
    this.findings = findings;
  }
}

/**
 * A deploy was asked for without any AWS credentials in reach.
 *
 * @example
 * throw new MissingCredentialsError();
 */
export class MissingCredentialsError extends InfraError {
  constructor(options?: { cause?: unknown }) {
    super(
      'No AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, or AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN (the deploy workflow assumes a role through OIDC), then run the deploy again.',
      options,
    );
    this.name = 'MissingCredentialsError';
  }
}
