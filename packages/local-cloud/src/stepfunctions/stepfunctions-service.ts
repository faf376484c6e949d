import { jsonResponse, parseJsonBody } from '../edge/aws-json.js';
import { belongsTo, targetOf } from '../edge/route.js';
import type { EmulatedService } from '../edge/service.js';
import {
  describedExecution,
  describedStateMachine,
  epochSeconds,
  listedExecution,
  page,
} from './api-shapes.js';
import { awsHistoryEvents } from './aws-history.js';
import { EXECUTION_STATUSES, type ExecutionStatus } from './execution-model.js';
import type { LocalStepFunctions } from './local-step-functions.js';
import { stepFunctionsApiError } from './stepfunctions-errors.js';

type Input = Record<string, unknown>;
type Operation = (stepFunctions: LocalStepFunctions, input: Input) => unknown;

/**
 * The Step Functions API behind the edge (AWS JSON 1.0,
 * `X-Amz-Target: AWSStepFunctions.*`): CreateStateMachine,
 * DescribeStateMachine, ListStateMachines, StartExecution,
 * StopExecution, DescribeExecution, ListExecutions and
 * GetExecutionHistory.
 *
 * @example
 * cloud.addService(createStepFunctionsService(stepFunctions));
 */
export function createStepFunctionsService(
  stepFunctions: LocalStepFunctions,
): EmulatedService {
  return {
    name: 'stepfunctions',
    matches: (request) => belongsTo(request, ['AWSStepFunctions'], ['states']),
    handle: async (request) => {
      const name = targetOf(request)?.operation ?? '';
      const operation = OPERATIONS[name];
      if (!operation) {
        throw stepFunctionsApiError(
          'UnknownOperationException',
          `Step Functions has no operation '${name}' in the local cloud; supported: ${Object.keys(OPERATIONS).join(', ')}.`,
        );
      }
      const input = parseJsonBody(request, 'com.amazonaws.sfn#');

      return jsonResponse(await operation(stepFunctions, input));
    },
  };
}

const OPERATIONS: Record<string, Operation> = {
  CreateStateMachine: (stepFunctions, input) => {
    const machine = stepFunctions.createStateMachine({
      name: required(input, 'name'),
      definition: required(input, 'definition'),
      roleArn: optional(input, 'roleArn'),
      type: input.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
    });
    return {
      stateMachineArn: machine.stateMachineArn,
      creationDate: epochSeconds(machine.creationDate),
    };
  },
  DescribeStateMachine: (stepFunctions, input) =>
    describedStateMachine(machineOf(stepFunctions, input)),
  ListStateMachines: (stepFunctions, input) => {
    const { items, nextToken } = page(
      stepFunctions.stateMachines(),
      input.maxResults,
      input.nextToken,
    );
    return {
      stateMachines: items.map((machine) => ({
        stateMachineArn: machine.stateMachineArn,
        name: machine.name,
        type: machine.type,
        creationDate: epochSeconds(machine.creationDate),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  },
  StartExecution: (stepFunctions, input) => {
    const execution = stepFunctions.startExecution({
      stateMachineArn: required(input, 'stateMachineArn'),
      name: optional(input, 'name'),
      input: optional(input, 'input'),
      traceHeader: optional(input, 'traceHeader'),
    });
    return {
      executionArn: execution.executionArn,
      startDate: epochSeconds(execution.startDate),
    };
  },
  StopExecution: async (stepFunctions, input) => {
    const execution = await stepFunctions.stopExecution(
      required(input, 'executionArn'),
      { error: optional(input, 'error'), cause: optional(input, 'cause') },
    );
    return { stopDate: epochSeconds(execution.stopDate ?? new Date()) };
  },
  DescribeExecution: (stepFunctions, input) =>
    describedExecution(executionOf(stepFunctions, input)),
  GetExecutionHistory: (stepFunctions, input) => {
    const execution = executionOf(stepFunctions, input);
    const machine = machineOf(stepFunctions, {
      stateMachineArn: execution.stateMachineArn,
    });
    const events = awsHistoryEvents(execution, machine);
    const ordered = input.reverseOrder === true ? events.reverse() : events;
    const { items, nextToken } = page(
      ordered,
      input.maxResults,
      input.nextToken,
    );
    return { events: items, ...(nextToken ? { nextToken } : {}) };
  },
  ListExecutions: (stepFunctions, input) => {
    const machine = machineOf(stepFunctions, input);
    const { items, nextToken } = page(
      stepFunctions.executions({
        stateMachineArn: machine.stateMachineArn,
        status: statusFilter(input.statusFilter),
      }),
      input.maxResults,
      input.nextToken,
    );
    return {
      executions: items.map(listedExecution),
      ...(nextToken ? { nextToken } : {}),
    };
  },
};

function executionOf(stepFunctions: LocalStepFunctions, input: Input) {
  const arn = required(input, 'executionArn');
  const execution = stepFunctions.execution(arn);
  if (!execution) {
    throw stepFunctionsApiError(
      'ExecutionDoesNotExist',
      `Execution Does Not Exist: '${arn}'`,
    );
  }
  return execution;
}

function machineOf(stepFunctions: LocalStepFunctions, input: Input) {
  const arn = required(input, 'stateMachineArn');
  const machine = stepFunctions.stateMachine(arn);
  if (!machine) {
    throw stepFunctionsApiError(
      'StateMachineDoesNotExist',
      `State Machine Does Not Exist: '${arn}'`,
    );
  }
  return machine;
}

function statusFilter(value: unknown): ExecutionStatus | undefined {
  if (value === undefined) return undefined;
  if (EXECUTION_STATUSES.includes(value as ExecutionStatus)) {
    return value as ExecutionStatus;
  }
  throw stepFunctionsApiError(
    'ValidationException',
    `statusFilter ${JSON.stringify(value)} is not one of ${EXECUTION_STATUSES.join(', ')}.`,
  );
}

function required(input: Input, field: string): string {
  const value = input[field];
  if (typeof value === 'string' && value !== '') return value;

  throw stepFunctionsApiError(
    'ValidationException',
    `${field} must be a non-empty string; got ${JSON.stringify(value)}.`,
  );
}

function optional(input: Input, field: string): string | undefined {
  const value = input[field];
  if (value === undefined || value === null) return undefined;

  return required(input, field);
}
