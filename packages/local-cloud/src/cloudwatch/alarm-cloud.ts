import type { EmulatedService } from '../edge/service.js';
import type { LocalEventBridge } from '../events/local-eventbridge.js';
import type { LocalLambda } from '../lambda/local-lambda.js';
import type { LocalSqs } from '../sqs/local-sqs.js';
import type { LocalStepFunctions } from '../stepfunctions/local-step-functions.js';
import type { SegmentStore } from '../xray/store/segment-store.js';

/**
 * The parts of a running local cloud the alarms read and write: a
 * `LocalCloud` is one.
 *
 * @example
 * const cloud: AlarmCloud = await startLocalCloud({ port: 0 });
 */
export interface AlarmCloud {
  region: string;
  lambda: Pick<LocalLambda, 'stats'>;
  stepFunctions: Pick<LocalStepFunctions, 'executions'>;
  sqs: Pick<LocalSqs, 'queueNames' | 'queue'>;
  events: Pick<LocalEventBridge, 'putEvents'>;
  xray: { store: Pick<SegmentStore, 'traces'> };
  addService(service: EmulatedService): void;
}
