import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { RunningStack, StartStackOptions } from '@org/local-cloud';
import { LocalStackUnavailableError, MissingTemplateError } from '../errors.js';
import type { ScenarioFaults } from '../scenario/scenario-schema.js';
import { applyLocalFaults } from './apply-local-faults.js';
import { defaultCdkOut, hasStackTemplate, STACK_NAME } from './cdk-out.js';
import { observeRejections } from './observe-rejections.js';
import type {
  OrderPipelineTarget,
  PipelineResources,
} from './order-pipeline-target.js';
import { createSdkTarget, type SdkClientSettings } from './sdk-target.js';
import { StackOutputKey } from './stack-outputs.js';

const DUMMY_CREDENTIALS = {
  accessKeyId: 'local',
  secretAccessKey: 'local',
} as const;

/** Options of {@link startLocalTarget}. */
export interface LocalTargetOptions {
  faults: ScenarioFaults;
  /** The synthesized stack; default apps/infra/cdk.out of this repository. */
  cdkOut?: string;
  /**
   * Factor on the state machine's Retry intervals. Default 1: retries wait
   * as long as on AWS, so that a workflow rides out a throttled function
   * as it would there.
   */
  retryIntervalScale?: number;
  /**
   * Evaluates the template's CloudWatch alarms locally, so that an outage
   * raises them and the stack's responder publishes its alert on SNS (see
   * `startStack` of `@org/local-cloud`). Default false: no alarms.
   */
  alarms?: boolean;
  /**
   * Environment values for the stack's functions, over the template's,
   * such as the responder's `LOOKBACK_SECONDS`. Default none.
   */
  variables?: Record<string, string>;
}

/**
 * The local target with the running stack behind it, for callers (the
 * demo) that watch the cloud's counters or query its X-Ray API.
 */
export interface LocalTarget extends OrderPipelineTarget {
  running: RunningStack;
  resources: PipelineResources;
}

/**
 * Starts the local cloud on free loopback ports with the synthesized order
 * stack deployed into it (table, bus, rule, DLQ, functions, workflow) and
 * returns the target connected to it by {@link connectLocalTarget}.
 * Closing the target stops the cloud.
 *
 * @example
 * const target = await startLocalTarget({ faults: scenario.faults });
 * const alerting = await startLocalTarget({ faults: {}, alarms: true });
 */
export async function startLocalTarget(
  options: LocalTargetOptions,
): Promise<LocalTarget> {
  const cdkOut = options.cdkOut ?? defaultCdkOut();
  if (!hasStackTemplate(cdkOut)) {
    throw new MissingTemplateError(cdkOut);
  }
  let running: RunningStack;
  try {
    const { startStack } = await import('@org/local-cloud');
    running = await startStack(localStackOptions(options, cdkOut));
  } catch (cause) {
    throw new LocalStackUnavailableError({ cause });
  }
  try {
    return await connectLocalTarget(running, {
      faults: options.faults,
      onClose: () => stopWhenQuiet(running),
    });
  } catch (cause) {
    await running.cloud.stop();
    throw new LocalStackUnavailableError({ cause });
  }
}

/**
 * What {@link startLocalTarget} asks `startStack` for: free loopback
 * ports, the order stack of `cdkOut`, retries at AWS's pace unless told
 * otherwise, alarms only when asked for, and the given variables.
 *
 * @example
 * localStackOptions({ faults: {}, alarms: true }, 'apps/infra/cdk.out');
 * // { port: 0, cdkOut: 'apps/infra/cdk.out', alarms: true, … }
 */
export function localStackOptions(
  options: LocalTargetOptions,
  cdkOut: string,
): StartStackOptions {
  return {
    port: 0,
    cdkOut,
    stackName: STACK_NAME,
    retryIntervalScale: options.retryIntervalScale ?? 1,
    alarms: options.alarms ?? false,
    variables: options.variables,
  };
}

/** Options of {@link connectLocalTarget}. */
export interface ConnectLocalTargetOptions {
  faults: ScenarioFaults;
  /** Runs when the target closes; the stack keeps running without it. */
  onClose?: () => Promise<void>;
}

/**
 * Connects a target to a stack already running: resets the cloud's fault
 * knobs and applies the scenario's, adds (or keeps) a rule that copies
 * `OrderRejected` events into a queue the target drains, and returns the
 * SDK target with the stack's names. Several runs may share one stack in
 * turn; each reconciles only its own order ids.
 *
 * @example
 * const target = await connectLocalTarget(running, { faults: {} });
 */
export async function connectLocalTarget(
  running: RunningStack,
  options: ConnectLocalTargetOptions,
): Promise<LocalTarget> {
  const { cloud } = running;
  const clients: SdkClientSettings = {
    region: cloud.region,
    endpoint: cloud.endpoint,
    credentials: DUMMY_CREDENTIALS,
  };
  const resources = await stackResources(running, clients);
  cloud.faults.reset();
  cloud.lambda.faults.reset();
  applyLocalFaults(cloud, resources.tableName, options.faults);
  const target = createSdkTarget({
    resources,
    clients,
    onClose: options.onClose,
  });

  return { ...target, running, resources };
}

/** Longest wait for deliveries and executions to end before a stop. */
const QUIET_WAIT_MS = 5_000;

/**
 * Stops the cloud once its deliveries and executions are done, or after
 * five seconds, so that work still in flight (orders a short run gave up
 * on) does not meet closed stores. The alarms, when the stack has them,
 * stop first, so that no new alarm invokes a function meanwhile.
 *
 * @example
 * await stopWhenQuiet(running);
 */
export async function stopWhenQuiet(running: RunningStack): Promise<void> {
  const { cloud } = running;
  running.alarms?.stop();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, QUIET_WAIT_MS);
  });
  await Promise.race([
    Promise.all([cloud.events.idle(), cloud.stepFunctions.idle()]),
    timeout,
  ]);
  clearTimeout(timer);
  await running.stop();
}

async function stackResources(
  running: RunningStack,
  clients: SdkClientSettings,
): Promise<PipelineResources> {
  const { outputs } = running.stack;
  const eventBusName = requiredOutput(outputs, StackOutputKey.EventBusName);
  const events = new EventBridgeClient(clients);
  const sqs = new SQSClient(clients);
  try {
    const rejectionQueueUrl = await observeRejections(
      { events, sqs },
      eventBusName,
    );

    return {
      tableName: requiredOutput(outputs, StackOutputKey.TableName),
      eventBusName: requiredOutput(outputs, StackOutputKey.EventBusName),
      deadLetterQueueUrl: requiredOutput(
        outputs,
        StackOutputKey.DeadLetterQueueUrl,
      ),
      stateMachineArn: outputs[StackOutputKey.StateMachineArn],
      rejectionQueueUrl,
    };
  } finally {
    events.destroy();
    sqs.destroy();
  }
}

function requiredOutput(outputs: Record<string, string>, key: string): string {
  const value = outputs[key];
  if (!value) {
    throw new Error(
      `The synthesized ${STACK_NAME} has no output ${key}; synthesize apps/infra again.`,
    );
  }

  return value;
}
