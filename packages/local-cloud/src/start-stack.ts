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
}

/** A local cloud with a stack deployed into it. */
export interface RunningStack {
  cloud: LocalCloud;
  stack: DeployedStack;
}

/**
 * Starts a local cloud and deploys a synthesized stack into it. Functions
 * that read `PAYMENT_PROVIDER_URL` are pointed at the cloud's payment
 * provider stub. When the deployment fails the cloud is stopped again.
 *
 * @example
 * const { cloud, stack } = await startStack({ port: 0, cdkOut: 'apps/infra/cdk.out' });
 * stack.outputs.EventBusName; // 'orders'
 * await cloud.stop();
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
    return { cloud, stack };
  } catch (error) {
    await cloud.stop();
    throw error;
  }
}
