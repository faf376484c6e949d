import { LOCAL_ACCOUNT_ID } from '../dynamodb/throttle-error.js';

type Resources = Record<
  string,
  { Type?: string; Properties?: Record<string, unknown> }
>;

const NAME_PROPERTIES: Record<string, string> = {
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::StepFunctions::StateMachine': 'StateMachineName',
  'AWS::SNS::Topic': 'TopicName',
};

/**
 * The local name of a template resource: its name property when that is
 * a plain string, else its logical id (as the local cloud deploys it).
 *
 * @example
 * localName(resources, 'FunctionsOrderValidationEADD0DCE'); // 'order-validation'
 */
export function localName(
  resources: Resources,
  logicalId: string,
): string | undefined {
  const resource = resources[logicalId];
  if (resource === undefined) return undefined;
  const property = NAME_PROPERTIES[resource.Type ?? ''];
  const configured = property ? resource.Properties?.[property] : undefined;

  return typeof configured === 'string' ? configured : logicalId;
}

/**
 * Resolves a value of an alarm's properties: a string as it is, a `Ref`
 * or `Fn::GetAtt` of a function, queue, state machine or topic to its
 * local name (topics to their ARN), else undefined.
 *
 * @example
 * resolveReference(resources, { Ref: 'AlertTopic2720D535' }, 'us-east-1');
 * // 'arn:aws:sns:us-east-1:000000000000:AlertTopic2720D535'
 */
export function resolveReference(
  resources: Resources,
  value: unknown,
  region: string,
): string | undefined {
  if (typeof value === 'string') return value;
  const logicalId = referencedId(value);
  if (logicalId === undefined) return undefined;
  const name = localName(resources, logicalId);
  if (name === undefined) return undefined;

  return resources[logicalId]?.Type === 'AWS::SNS::Topic'
    ? topicArn(region, name)
    : name;
}

/**
 * The ARN of a local topic.
 *
 * @example
 * topicArn('us-east-1', 'alerts'); // 'arn:aws:sns:us-east-1:000000000000:alerts'
 */
export function topicArn(region: string, name: string): string {
  return `arn:aws:sns:${region}:${LOCAL_ACCOUNT_ID}:${name}`;
}

function referencedId(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { Ref, 'Fn::GetAtt': getAtt } = value as {
    Ref?: unknown;
    'Fn::GetAtt'?: unknown;
  };
  if (typeof Ref === 'string') return Ref;
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return getAtt[0];

  return undefined;
}
