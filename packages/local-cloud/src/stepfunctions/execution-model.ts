/**
 * The statuses of an execution, as DescribeExecution answers them.
 *
 * @example
 * EXECUTION_STATUSES.includes(status); // a status DescribeExecution may answer
 */
export const EXECUTION_STATUSES = [
  'RUNNING',
  'SUCCEEDED',
  'FAILED',
  'TIMED_OUT',
  'ABORTED',
] as const;

/**
 * One status of {@link EXECUTION_STATUSES}.
 *
 * @example
 * const status: ExecutionStatus = 'SUCCEEDED';
 */
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

/**
 * A registered state machine.
 *
 * @example
 * const machine: StateMachineRecord = stepFunctions.createStateMachine({ name, definition });
 */
export interface StateMachineRecord {
  name: string;
  stateMachineArn: string;
  /** The definition, parsed. */
  definition: Record<string, unknown>;
  /** The definition as given (JSON text). */
  definitionText: string;
  roleArn: string;
  type: 'STANDARD' | 'EXPRESS';
  creationDate: Date;
}

/**
 * One event of an execution's history (GetExecutionHistory).
 *
 * @example
 * execution.history.filter((event: HistoryEvent) => event.type === 'StateRetried');
 */
export interface HistoryEvent {
  id: number;
  /** aws-local-stepfunctions' event type: `StateEntered`, `StateRetried`, … */
  type: string;
  timestamp: Date;
  stateName?: string;
  /** `Task`, `Pass`, `Choice`, … */
  stateType?: string;
  /** The state's input (or the execution's), as JSON text. */
  input?: string;
  /** The state's output (or the execution's), as JSON text. */
  output?: string;
  error?: string;
  cause?: string;
}

/**
 * One execution, running or done.
 *
 * @example
 * const execution: ExecutionRecord = await stepFunctions.waitForExecution(executionArn);
 */
export interface ExecutionRecord {
  executionArn: string;
  stateMachineArn: string;
  name: string;
  /** The input as JSON text. */
  input: string;
  traceHeader?: string;
  status: ExecutionStatus;
  startDate: Date;
  stopDate?: Date;
  /** The output as JSON text, for SUCCEEDED executions. */
  output?: string;
  error?: string;
  cause?: string;
  /** The X-Ray trace id of the execution segment, when traced. */
  traceId?: string;
  history: HistoryEvent[];
  /** Settles when the execution stops. */
  done: Promise<ExecutionRecord>;
}
