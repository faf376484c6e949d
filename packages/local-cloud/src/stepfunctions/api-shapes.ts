import type { ExecutionRecord, StateMachineRecord } from './execution-model.js';

/**
 * A date as the AWS JSON protocol sends it: epoch seconds.
 *
 * @example
 * epochSeconds(new Date(1_700_000_000_500)); // 1700000000.5
 */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}

/**
 * An execution as DescribeExecution answers it.
 *
 * @example
 * jsonResponse(describedExecution(execution));
 */
export function describedExecution(
  execution: ExecutionRecord,
): Record<string, unknown> {
  return {
    ...listedExecution(execution),
    input: execution.input,
    inputDetails: { included: true },
    ...(execution.output === undefined
      ? {}
      : { output: execution.output, outputDetails: { included: true } }),
    ...(execution.error === undefined ? {} : { error: execution.error }),
    ...(execution.cause === undefined ? {} : { cause: execution.cause }),
    ...(execution.traceHeader ? { traceHeader: execution.traceHeader } : {}),
  };
}

/**
 * An execution as ListExecutions answers it.
 *
 * @example
 * executions.map(listedExecution);
 */
export function listedExecution(
  execution: ExecutionRecord,
): Record<string, unknown> {
  return {
    executionArn: execution.executionArn,
    stateMachineArn: execution.stateMachineArn,
    name: execution.name,
    status: execution.status,
    startDate: epochSeconds(execution.startDate),
    ...(execution.stopDate
      ? { stopDate: epochSeconds(execution.stopDate) }
      : {}),
  };
}

/**
 * A state machine as DescribeStateMachine answers it.
 *
 * @example
 * jsonResponse(describedStateMachine(machine));
 */
export function describedStateMachine(
  machine: StateMachineRecord,
): Record<string, unknown> {
  return {
    stateMachineArn: machine.stateMachineArn,
    name: machine.name,
    status: 'ACTIVE',
    definition: machine.definitionText,
    roleArn: machine.roleArn,
    type: machine.type,
    creationDate: epochSeconds(machine.creationDate),
  };
}

/**
 * One page of a listing: `maxResults` items (default 100, at most 1000)
 * from the offset in `nextToken`, and the token of the next page.
 *
 * @example
 * const { items, nextToken } = page(executions, input.maxResults, input.nextToken);
 */
export function page<T>(
  items: T[],
  maxResults: unknown,
  nextToken: unknown,
): { items: T[]; nextToken?: string } {
  const size =
    typeof maxResults === 'number' && maxResults > 0
      ? Math.min(maxResults, 1000)
      : 100;
  const offset =
    typeof nextToken === 'string'
      ? Number(Buffer.from(nextToken, 'base64url').toString('utf8')) || 0
      : 0;
  const end = offset + size;

  return {
    items: items.slice(offset, end),
    ...(end < items.length
      ? { nextToken: Buffer.from(String(end)).toString('base64url') }
      : {}),
  };
}
