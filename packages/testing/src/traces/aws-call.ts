import { type AwsServiceName, throttlingCodes } from './aws-services.js';
import { type CallOutcome, flagsForStatus } from './call-outcome.js';
import { type Emitter, emitterProfiles } from './emitters.js';
import {
  exceptionMessageFor,
  exceptionTypeFor,
  recordedException,
} from './exceptions.js';
import { requestIdFrom } from './ids.js';
import type { SegmentDocument } from './segment-document.js';
import type { TraceDraft } from './trace-draft.js';

/** Options of {@link awsCall}. */
export interface AwsCallOptions {
  emitter: Emitter;
  service: AwsServiceName;
  operation: string;
  /** Table, queue URL, topic ARN, bucket, function, bus or secret. */
  resource: string;
  startMs: number;
  durationMs: number;
  outcome: CallOutcome;
  /** Retries the SDK made (default 0). */
  retries?: number;
  region?: string;
  /** Streams the subsegment as a document of its own. */
  sentAlone?: boolean;
}

const resourceFields: Record<AwsServiceName, string> = {
  DynamoDB: 'table_name',
  SQS: 'queue_url',
  SNS: 'topic_arn',
  S3: 'bucket_name',
  Lambda: 'function_name',
  EventBridge: 'event_bus_name',
  StepFunctions: 'state_machine_arn',
  SecretsManager: 'secret_id',
};

/**
 * Adds the subsegment an X-Ray SDK records for one AWS SDK call: named
 * as that SDK names the service, `namespace: "aws"`, the `aws` block
 * (`operation`, `region`, `request_id`, `retries`, the resource field)
 * and the flags and cause that SDK sets when the call fails.
 *
 * @example
 * awsCall(draft, handler, {
 *   emitter: 'node', service: 'DynamoDB', operation: 'PutItem',
 *   resource: 'orders', startMs, durationMs: 12,
 *   outcome: { kind: 'success' },
 * });
 */
export function awsCall(
  draft: TraceDraft,
  parent: SegmentDocument,
  options: AwsCallOptions,
): SegmentDocument {
  const profile = emitterProfiles[options.emitter];
  const { outcome } = options;
  const subsegment = draft.subsegment(
    parent,
    {
      name: profile.serviceNames[options.service],
      namespace: 'aws',
      startMs: options.startMs,
      aws: {
        operation: options.operation,
        region: options.region ?? 'eu-west-1',
        request_id: requestIdFrom(draft.random),
        ...(profile.recordsRetries ? { retries: options.retries ?? 0 } : {}),
        [resourceFields[options.service]]: options.resource,
        resource_names: [options.resource],
      },
    },
    { sentAlone: options.sentAlone },
  );
  if (outcome.kind === 'unfinished') {
    return finishUnfinished(draft, parent, subsegment, outcome.sent);
  }
  draft.close(subsegment, options.startMs + options.durationMs);
  if (outcome.kind === 'success') {
    subsegment.http = {
      response: { status: outcome.status ?? 200, content_length: 0 },
    };

    return subsegment;
  }

  return markFailed(draft, subsegment, options, outcome);
}

function finishUnfinished(
  draft: TraceDraft,
  parent: SegmentDocument,
  subsegment: SegmentDocument,
  sent: boolean,
): SegmentDocument {
  if (!sent) {
    draft.drop(parent, subsegment);

    return subsegment;
  }

  return draft.leaveOpen(subsegment);
}

function markFailed(
  draft: TraceDraft,
  subsegment: SegmentDocument,
  options: AwsCallOptions,
  outcome: Exclude<CallOutcome, { kind: 'success' | 'unfinished' }>,
): SegmentDocument {
  const profile = emitterProfiles[options.emitter];
  const status = outcome.kind === 'answered-error' ? outcome.status : 0;
  const flags = status > 0 ? flagsForStatus(status) : { fault: true };
  Object.assign(subsegment, flags);
  if (profile.throttleOnThrottlingCodes && throttlingCodes.has(outcome.code)) {
    subsegment.throttle = true;
    subsegment.error = true;
  }
  if (profile.faultOnAnyAwsError) {
    subsegment.fault = true;
  }
  if (status > 0) {
    subsegment.http = { response: { status } };
  }
  subsegment.cause = {
    working_directory: '/var/task',
    exceptions: [
      recordedException(draft, {
        type: exceptionTypeFor(options.emitter, options.service, outcome.code),
        message: exceptionMessageFor(
          options.emitter,
          options.operation,
          outcome.code,
          outcome.message,
        ),
        remote: true,
      }),
    ],
  };

  return subsegment;
}
