import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { RunningStack } from '@org/local-cloud';
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
    running = await startStack({
      port: 0,
      cdkOut,
      stackName: STACK_NAME,
      retryIntervalScale: options.retryIntervalScale ?? 1,
    });
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
 * on) does not meet closed stores.
 *
 * @example
 * await stopWhenQuiet(running);
 */
export async function stopWhenQuiet(running: RunningStack): Promise<void> {
  const { cloud } = running;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, QUIET_WAIT_MS);
  });
  await Promise.race([
    Promise.all([cloud.events.idle(), cloud.stepFunctions.idle()]),
    timeout,
  ]);
  clearTimeout(timer);
  await cloud.stop();
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
