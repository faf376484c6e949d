import { SFNClient } from '@aws-sdk/client-sfn';
import type { LocalCloud } from '../../../src/index.js';
import {
  createStepFunctionsService,
  type InvokeFunction,
  LocalStepFunctions,
} from '../../../src/stepfunctions/index.js';
import { storeSink } from '../../../src/xray/index.js';

/**
 * Step Functions attached to a local cloud the way startLocalCloud wires
 * it: DynamoDB and EventBridge of the cloud, segments into its store.
 */
export function attachStepFunctions(
  cloud: LocalCloud,
  invokeFunction: InvokeFunction,
): { stepFunctions: LocalStepFunctions; sfn: SFNClient } {
  const stepFunctions = new LocalStepFunctions({
    invokeFunction,
    dynamodb: cloud.dynamodb,
    events: cloud.events,
    sink: storeSink(cloud.xray.store),
  });
  cloud.addService(createStepFunctionsService(stepFunctions));
  const sfn = new SFNClient({
    endpoint: cloud.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

  return { stepFunctions, sfn };
}
