import type {
  TemplatePseudoParameters,
  TemplateResolver,
} from './template-values.js';

interface Resource {
  Type?: string;
  Properties?: Record<string, unknown>;
}

const NAME_PROPERTIES: Record<string, string> = {
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Events::EventBus': 'Name',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::StepFunctions::StateMachine': 'StateMachineName',
  'AWS::SNS::Topic': 'TopicName',
};

/**
 * A resolver that reads physical names from the template itself: the
 * resource's name property (`TableName`, `FunctionName`, `Name`, …) or,
 * without one, its logical id; `Ref` answers what CloudFormation's `Ref`
 * answers for the type and `Fn::GetAtt …Arn` the ARN built from the name.
 *
 * @example
 * const resolve = templateResolver(template, { region: 'us-east-1', accountId: '000000000000' });
 * resolve('FunctionsFulfillment560F136C', 'Arn'); // 'arn:aws:lambda:us-east-1:000000000000:function:fulfillment'
 */
export function templateResolver(
  template: unknown,
  pseudo: TemplatePseudoParameters,
): TemplateResolver {
  const resources =
    (template as { Resources?: Record<string, Resource> })?.Resources ?? {};

  return (logicalId, attribute) => {
    const resource = resources[logicalId];
    if (!resource?.Type) return undefined;
    const property = NAME_PROPERTIES[resource.Type];
    const configured = property ? resource.Properties?.[property] : undefined;
    const name = typeof configured === 'string' ? configured : logicalId;
    const arn = arnOf(resource.Type, name, pseudo);
    if (attribute === undefined) return refOf(resource.Type, name, arn);

    return attribute === 'Arn' ? arn : undefined;
  };
}

function refOf(type: string, name: string, arn: string | undefined) {
  const answersArn = [
    'AWS::StepFunctions::StateMachine',
    'AWS::SNS::Topic',
  ].includes(type);

  return answersArn ? arn : name;
}

function arnOf(
  type: string,
  name: string,
  { region, accountId }: TemplatePseudoParameters,
): string | undefined {
  const arns: Record<string, string> = {
    'AWS::DynamoDB::Table': `arn:aws:dynamodb:${region}:${accountId}:table/${name}`,
    'AWS::Lambda::Function': `arn:aws:lambda:${region}:${accountId}:function:${name}`,
    'AWS::Events::EventBus': `arn:aws:events:${region}:${accountId}:event-bus/${name}`,
    'AWS::SQS::Queue': `arn:aws:sqs:${region}:${accountId}:${name}`,
    'AWS::IAM::Role': `arn:aws:iam::${accountId}:role/${name}`,
    'AWS::StepFunctions::StateMachine': `arn:aws:states:${region}:${accountId}:stateMachine:${name}`,
    'AWS::SNS::Topic': `arn:aws:sns:${region}:${accountId}:${name}`,
  };

  return arns[type];
}
