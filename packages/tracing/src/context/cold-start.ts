let firstInvocation = true;

/**
 * Answers once per execution environment whether this invocation is its
 * cold start: true for the first call only, and never for environments
 * that Lambda initialised ahead of time (provisioned concurrency).
 *
 * @example
 * const coldStart = takeColdStart();
 */
export function takeColdStart(): boolean {
  const cold =
    firstInvocation &&
    process.env.AWS_LAMBDA_INITIALIZATION_TYPE !== 'provisioned-concurrency';
  firstInvocation = false;

  return cold;
}

/**
 * Makes the next invocation a cold start again, for tests that start a
 * new simulated execution environment.
 *
 * @example
 * resetColdStart();
 */
export function resetColdStart(): void {
  firstInvocation = true;
}
