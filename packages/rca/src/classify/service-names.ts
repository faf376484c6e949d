/**
 * AWS service names as the X-Ray service map shows them, keyed by the
 * lower-case, alphanumeric-only spellings that SDKs of different languages
 * give their subsegments (`dynamodb`, `DynamoDB`, `Amazon DynamoDB`, `sfn`).
 */
const AWS_SERVICE_NAMES: Readonly<Record<string, string>> = {
  dynamodb: 'DynamoDB',
  amazondynamodb: 'DynamoDB',
  dynamodbv2: 'DynamoDB',
  sqs: 'SQS',
  amazonsqs: 'SQS',
  sns: 'SNS',
  amazonsns: 'SNS',
  s3: 'S3',
  amazons3: 'S3',
  lambda: 'Lambda',
  awslambda: 'Lambda',
  sfn: 'StepFunctions',
  states: 'StepFunctions',
  stepfunctions: 'StepFunctions',
  awsstepfunctions: 'StepFunctions',
  eventbridge: 'EventBridge',
  events: 'EventBridge',
  cloudwatchevents: 'EventBridge',
  amazoneventbridge: 'EventBridge',
  kinesis: 'Kinesis',
  amazonkinesis: 'Kinesis',
  firehose: 'Firehose',
  kinesisfirehose: 'Firehose',
  secretsmanager: 'SecretsManager',
  awssecretsmanager: 'SecretsManager',
  ssm: 'SSM',
  kms: 'KMS',
  sts: 'STS',
  cloudwatch: 'CloudWatch',
  cloudwatchlogs: 'CloudWatchLogs',
  logs: 'CloudWatchLogs',
  apigateway: 'APIGateway',
  ses: 'SES',
  sesv2: 'SES',
  cognitoidentityprovider: 'CognitoIdentityProvider',
  appsync: 'AppSync',
  rds: 'RDS',
  rdsdata: 'RDSData',
  elasticache: 'ElastiCache',
  athena: 'Athena',
  glue: 'Glue',
  ecs: 'ECS',
  ec2: 'EC2',
  bedrockruntime: 'BedrockRuntime',
};

/**
 * Normalises an AWS service name from a subsegment name or an origin part
 * to one spelling. Unknown services keep their name without spaces.
 *
 * @example
 * awsServiceName('dynamodb'); // 'DynamoDB'
 * awsServiceName('SFN'); // 'StepFunctions'
 * awsServiceName('DynamoDB.PutItem'); // 'DynamoDB'
 */
export function awsServiceName(name: string): string {
  const known = normalised.get(name);
  if (known !== undefined) return known;

  const service =
    AWS_SERVICE_NAMES[serviceKey(name)] ??
    AWS_SERVICE_NAMES[serviceKey(name.split(/[.:/]/)[0] ?? '')] ??
    name.replace(/\s+/g, '');
  if (normalised.size < 1_000) normalised.set(name, service);

  return service;
}

function serviceKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Names already normalised: a handful of spellings recur in every trace. */
const normalised = new Map<string, string>();

/**
 * The AWS service of an `origin` such as `AWS::DynamoDB::Table`, or
 * undefined for origins that are not AWS resources.
 *
 * @example
 * originService('AWS::SQS::Queue'); // 'SQS'
 */
export function originService(origin: string | undefined): string | undefined {
  if (origin === undefined || !origin.startsWith('AWS::')) return undefined;

  const part = origin.split('::')[1];

  return part === undefined ? undefined : awsServiceName(part);
}

/** Origins of compute that runs user code: named by their segment name. */
const COMPUTE_ORIGINS = new Set([
  'AWS::Lambda',
  'AWS::Lambda::Function',
  'AWS::EC2::Instance',
  'AWS::ECS::Container',
  'AWS::EKS::Container',
  'AWS::ElasticBeanstalk::Environment',
  'AWS::StepFunctions::StateMachine',
  'AWS::ApiGateway::Stage',
  'AWS::AppSync::GraphQLAPI',
]);

/**
 * True when a segment of this origin is named by its own segment name on
 * the service map (functions, containers, state machines, API stages), not
 * by its AWS service.
 *
 * @example
 * isNamedByItself('AWS::Lambda::Function'); // true
 * isNamedByItself('AWS::DynamoDB::Table'); // false
 */
export function isNamedByItself(origin: string | undefined): boolean {
  return origin === undefined || COMPUTE_ORIGINS.has(origin);
}
