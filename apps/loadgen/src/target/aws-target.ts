import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { MissingCredentialsError, UsageError } from '../errors.js';
import type { OrderPipelineTarget } from './order-pipeline-target.js';
import { createSdkTarget } from './sdk-target.js';
import { readStackOutputs } from './stack-outputs.js';

/** Options of {@link connectAwsTarget}. */
export interface AwsTargetOptions {
  stackName: string | undefined;
  /** Default `AWS_REGION`, else `AWS_DEFAULT_REGION`, else `us-east-1`. */
  region?: string;
}

/**
 * Connects to a deployed stack: resolves credentials through the SDK's
 * default chain first (failing before any request when there are none),
 * then reads the stack outputs.
 *
 * @example
 * const target = await connectAwsTarget({ stackName: 'ServerlessOrderStack' });
 */
export async function connectAwsTarget(
  options: AwsTargetOptions,
): Promise<OrderPipelineTarget> {
  if (!options.stackName) {
    throw new UsageError(
      '--target aws needs --stack NAME, the deployed stack.',
    );
  }
  const region =
    options.region ??
    process.env.AWS_REGION ??
    process.env.AWS_DEFAULT_REGION ??
    'us-east-1';
  const cloudFormation = new CloudFormationClient({ region });
  try {
    await cloudFormation.config.credentials();
  } catch (cause) {
    cloudFormation.destroy();
    throw new MissingCredentialsError({ cause });
  }

  try {
    const resources = await readStackOutputs(cloudFormation, options.stackName);

    return createSdkTarget({ resources, clients: { region } });
  } finally {
    cloudFormation.destroy();
  }
}
