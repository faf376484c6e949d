import { credentialScopeService } from '../edge/route.js';
import type {
  EdgeRequest,
  EdgeResponse,
  EmulatedService,
} from '../edge/service.js';
import { AwsApiError } from '../errors.js';
import type { LocalSns } from './local-sns.js';
import {
  entries,
  escapeXml,
  queryParameters,
  xmlAnswer,
  xmlError,
} from './query-protocol.js';
import { snsError } from './sns-errors.js';

type Operation = (sns: LocalSns, parameters: URLSearchParams) => string;

/**
 * SNS behind the edge, in the query protocol the AWS SDK v3 and the AWS
 * CLI use (form-encoded `Action=Publish&Version=2010-03-31&…`, XML
 * answers): CreateTopic, DeleteTopic, ListTopics and Publish.
 *
 * @example
 * cloud.addService(createSnsService(sns));
 */
export function createSnsService(sns: LocalSns): EmulatedService {
  return {
    name: 'sns',
    matches: (request) => credentialScopeService(request) === 'sns',
    handle: async (request: EdgeRequest): Promise<EdgeResponse> => {
      const parameters = queryParameters(request);
      const action = parameters.get('Action') ?? '';
      try {
        const operation = OPERATIONS[action];
        if (!operation) {
          throw snsError(
            'InvalidAction',
            `SNS has no action "${action}" here.`,
          );
        }
        return xmlAnswer(action, operation(sns, parameters));
      } catch (error) {
        if (error instanceof AwsApiError) return xmlError(error);
        throw error;
      }
    },
  };
}

const OPERATIONS: Record<string, Operation> = {
  CreateTopic: (sns, parameters) =>
    `<TopicArn>${escapeXml(sns.createTopic(required(parameters, 'Name')))}</TopicArn>`,
  DeleteTopic: (sns, parameters) => {
    sns.deleteTopic(required(parameters, 'TopicArn'));
    return '';
  },
  ListTopics: (sns) => {
    const members = sns
      .topics()
      .map((arn) => `<member><TopicArn>${escapeXml(arn)}</TopicArn></member>`)
      .join('');
    return `<Topics>${members}</Topics>`;
  },
  Publish: (sns, parameters) => {
    const messageId = sns.publish({
      topicArn: required(parameters, 'TopicArn'),
      message: required(parameters, 'Message'),
      subject: parameters.get('Subject') ?? undefined,
      attributes: entries(parameters, 'MessageAttributes'),
    });
    return `<MessageId>${messageId}</MessageId>`;
  },
};

function required(parameters: URLSearchParams, name: string): string {
  const value = parameters.get(name);
  if (value === null) {
    throw snsError(
      'InvalidParameter',
      `Invalid parameter: ${name} is required.`,
    );
  }

  return value;
}
