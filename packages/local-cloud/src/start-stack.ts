import {
  type AttachAlarmsOptions,
  type AttachedAlarms,
  attachAlarms,
} from './cloudwatch/attach-alarms.js';
import {
  type LocalCloud,
  type LocalCloudOptions,
  startLocalCloud,
} from './local-cloud.js';
import {
  type DeployedStack,
  deployTemplate,
} from './template/deploy-template.js';
import { readStackTemplate } from './template/read-stack-template.js';

/** Options of {@link startStack}. */
export interface StartStackOptions extends LocalCloudOptions {
  /** The cdk.out folder holding the synthesized template and its assets. */
  cdkOut: string;
  /** Default `ServerlessOrderStack`. */
  stackName?: string;
  /** Environment values for the functions that declare them; see `deployTemplate`. */
  variables?: Record<string, string>;
  /**
   * Evaluates the template's CloudWatch alarms and keeps its SNS messages
   * (see `attachAlarms`); `true` for the defaults. Off by default: each
   * alarm's first evaluation is a state change that invokes the alarm
   * subscribers.
   */
  alarms?: boolean | AttachAlarmsOptions;
}

/** A local cloud with a stack deployed into it. */
export interface RunningStack {
  cloud: LocalCloud;
  stack: DeployedStack;
  /** The alarms and SNS topics, when `alarms` was asked for. */
  alarms?: AttachedAlarms;
  /** Stops the alarms, then the cloud. */
  stop(): Promise<void>;
}

/**
 * Starts a local cloud and deploys a synthesized stack into it. Functions
 * that read `PAYMENT_PROVIDER_URL` are pointed at the cloud's payment
 * provider stub. When the deployment fails the cloud is stopped again.
 *
 * @example
 * const running = await startStack({ port: 0, cdkOut: 'apps/infra/cdk.out', alarms: true });
 * const { cloud, stack } = running;
 * stack.outputs.EventBusName; // 'orders'
 * await running.stop();
 */
export async function startStack(
  options: StartStackOptions,
): Promise<RunningStack> {
  const stackName = options.stackName ?? 'ServerlessOrderStack';
  const template = readStackTemplate(options.cdkOut, stackName);
  const cloud = await startLocalCloud(options);
  try {
    const stack = await deployTemplate(cloud, template, {
      assetRoot: options.cdkOut,
      stackName,
      variables: {
        PAYMENT_PROVIDER_URL: cloud.paymentProvider.url,
        ...options.variables,
      },
    });
    const alarms =
      options.alarms === undefined || options.alarms === false
        ? undefined
        : attachAlarms(
            cloud,
            template,
            options.alarms === true ? {} : options.alarms,
          );

    return {
      cloud,
      stack,
      alarms,
      stop: async () => {
        alarms?.stop();
        await cloud.stop();
      },
    };
  } catch (error) {
    await cloud.stop();
    throw error;
  }
}
