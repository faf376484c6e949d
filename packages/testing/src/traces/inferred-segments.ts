import type { AwsServiceName } from './aws-services.js';
import { emitterProfiles } from './emitters.js';
import type { SegmentDocument } from './segment-document.js';

const inferredOrigins: Partial<Record<AwsServiceName, string>> = {
  DynamoDB: 'AWS::DynamoDB::Table',
  SQS: 'AWS::SQS::Queue',
  SNS: 'AWS::SNS',
  S3: 'AWS::S3::Bucket',
};

const servicesBySubsegmentName = new Map<string, AwsServiceName>(
  Object.values(emitterProfiles).flatMap((profile) =>
    Object.entries(profile.serviceNames).map(
      ([service, name]) => [name, service as AwsServiceName] as const,
    ),
  ),
);

/** A second id derived from a subsegment's, stable across runs. */
function derivedId(id: string): string {
  return [...id]
    .map((digit) => (Number.parseInt(digit, 16) ^ 0xa).toString(16))
    .join('');
}

/**
 * The inferred segments X-Ray adds to a trace for finished calls to AWS
 * services that send no segments themselves (DynamoDB, SQS, SNS, S3):
 * named after the service, `inferred: true`, `origin` such as
 * `AWS::DynamoDB::Table`, the call's `aws`, `http` and flags, and the
 * call's subsegment as parent.
 *
 * @example
 * const extra = inferredSegments(trace.id, trace.segments);
 * extra[0]?.origin; // 'AWS::DynamoDB::Table'
 */
export function inferredSegments(
  traceId: string,
  segments: readonly SegmentDocument[],
): SegmentDocument[] {
  const inferred: SegmentDocument[] = [];
  const visit = (document: SegmentDocument): void => {
    for (const child of document.subsegments ?? []) {
      visit(child);
    }
    const service = servicesBySubsegmentName.get(document.name);
    const origin = service && inferredOrigins[service];
    if (document.namespace !== 'aws' || !origin || !service) {
      return;
    }
    if (document.end_time === undefined) {
      return;
    }
    inferred.push({
      id: derivedId(document.id),
      name: service,
      trace_id: traceId,
      start_time: document.start_time,
      end_time: document.end_time,
      parent_id: document.id,
      inferred: true,
      origin,
      http: document.http,
      aws: document.aws,
      ...(document.error ? { error: true } : {}),
      ...(document.throttle ? { throttle: true } : {}),
      ...(document.fault ? { fault: true } : {}),
    });
  };
  for (const segment of segments) {
    visit(segment);
  }

  return inferred;
}
