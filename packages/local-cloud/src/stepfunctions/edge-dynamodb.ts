import type { DynamoDbBackend } from './task-backends.js';

/**
 * A DynamoDB backend that sends each Task's request through the local
 * cloud's edge (AWS JSON 1.0 over loopback), so that the throughput gate
 * and service latency faults apply to Step Functions as they do to the
 * Lambdas: a throttled `updateItem` fails its state with
 * `DynamoDB.ProvisionedThroughputExceededException`. `cloud.dynamodb`
 * instead reaches the store without the gate.
 *
 * @param endpoint The edge URL, or a function answering it.
 * @example
 * const stepFunctions = new LocalStepFunctions({ dynamodb: dynamoDbThroughEdge(cloud.endpoint) });
 */
export function dynamoDbThroughEdge(
  endpoint: string | (() => string),
): DynamoDbBackend {
  return {
    async request(operation, input) {
      const url = typeof endpoint === 'string' ? endpoint : endpoint();
      const answer = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': `DynamoDB_20120810.${operation}`,
        },
        body: JSON.stringify(input),
      });
      return parseAnswer(await answer.text(), answer.status);
    },
  };
}

function parseAnswer(text: string, status: number): unknown {
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A body that is not JSON is an answer DynamoDB itself never gives:
    // report it the way a server-side failure would be named.
    return {
      __type: 'InternalServerError',
      message: `status ${status}: ${text.slice(0, 200)}`,
    };
  }
}
