import { stepFunctionsApiError } from './stepfunctions-errors.js';

const VALID_NAME = /^[A-Za-z0-9_-]{1,80}$/;

/**
 * Checks a state machine or execution name as Step Functions does (1 to
 * 80 letters, digits, `-` or `_`), answering `InvalidName` otherwise.
 *
 * @example
 * assertValidName('order-1234'); // passes
 */
export function assertValidName(name: string): void {
  if (VALID_NAME.test(name)) return;

  throw stepFunctionsApiError(
    'InvalidName',
    `Invalid Name: '${name}'. Use 1 to 80 letters, digits, '-' or '_'.`,
  );
}

/**
 * The ARN of a state machine.
 *
 * @example
 * stateMachineArnOf('us-east-1', '000000000000', 'order-workflow');
 * // 'arn:aws:states:us-east-1:000000000000:stateMachine:order-workflow'
 */
export function stateMachineArnOf(
  region: string,
  accountId: string,
  name: string,
): string {
  return `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
}

/**
 * The ARN of an execution of a state machine.
 *
 * @example
 * executionArnOf('arn:aws:states:us-east-1:000000000000:stateMachine:order-workflow', 'order-1');
 * // 'arn:aws:states:us-east-1:000000000000:execution:order-workflow:order-1'
 */
export function executionArnOf(stateMachineArn: string, name: string): string {
  return `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
}
