/**
 * The origin X-Ray gives the inferred segment of an AWS SDK call, by the
 * service name the SDK records as the subsegment's name.
 */
const ORIGIN_BY_SERVICE: Record<string, string> = {
  DynamoDB: 'AWS::DynamoDB::Table',
  SQS: 'AWS::SQS::Queue',
  SNS: 'AWS::SNS',
  S3: 'AWS::S3::Bucket',
  EventBridge: 'AWS::Events',
  CloudWatchEvents: 'AWS::Events',
  SFN: 'AWS::StepFunctions::StateMachine',
  StepFunctions: 'AWS::StepFunctions::StateMachine',
  Lambda: 'AWS::Lambda',
  SecretsManager: 'AWS::SecretsManager',
  Kinesis: 'AWS::Kinesis::Stream',
};

/**
 * Names the type of the node X-Ray infers for a downstream call:
 * `AWS::<Service>[::Resource]` for AWS SDK calls, `remote` for others.
 *
 * @example
 * inferredOrigin({ name: 'DynamoDB', namespace: 'aws' }); // 'AWS::DynamoDB::Table'
 */
export function inferredOrigin(call: {
  name: string;
  namespace?: string;
}): string {
  if (call.namespace !== 'aws') return 'remote';

  return ORIGIN_BY_SERVICE[call.name] ?? `AWS::${call.name}`;
}
