import type { EmulatedService } from '../edge/service.js';
import type { TargetDeliverer } from '../events/event-model.js';
import type { XRayDaemon } from '../xray/daemon/xray-daemon.js';
import { storeSink } from '../xray/emitters/segment-sink.js';
import type { SegmentStore } from '../xray/store/segment-store.js';
import { createLambdaDeliverer } from './lambda-deliverer.js';
import { createLambdaService } from './lambda-service.js';
import { LocalLambda } from './local-lambda.js';

/** What {@link attachLocalLambda} needs of a running local cloud. */
export interface LambdaHost {
  endpoint: string;
  region: string;
  xray: { daemon: XRayDaemon; store: SegmentStore };
  addService(service: EmulatedService): void;
  events: { useDeliverer(service: string, deliverer: TargetDeliverer): void };
}

/**
 * Creates a {@link LocalLambda} wired into a running local cloud: its
 * environments get the cloud's edge and X-Ray daemon, its segments go to
 * the cloud's store, the Lambda API is put behind the edge and EventBridge
 * delivers to Lambda targets through it. Stop it before the cloud.
 *
 * @example
 * const cloud = await startLocalCloud({ port: 0 });
 * const lambda = attachLocalLambda(cloud);
 * lambda.register({ name: 'hello', codeDirectory: '/bundles/hello' });
 * await lambda.stop();
 * await cloud.stop();
 */
export function attachLocalLambda(
  cloud: LambdaHost,
  options: { accountId?: string } = {},
): LocalLambda {
  const lambda = new LocalLambda({
    endpoint: cloud.endpoint,
    region: cloud.region,
    accountId: options.accountId,
    daemonAddress: cloud.xray.daemon.address,
    sink: storeSink(cloud.xray.store),
    settled: () => cloud.xray.daemon.settled(),
  });
  cloud.addService(createLambdaService(lambda));
  cloud.events.useDeliverer('lambda', createLambdaDeliverer(lambda));

  return lambda;
}
