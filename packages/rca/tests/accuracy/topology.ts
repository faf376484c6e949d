import type { AwsServiceName, Emitter, ServiceOrigin } from '@org/testing';

/** A call a function or a service makes, with its usual latency. */
export type CallNode =
  | {
      kind: 'aws';
      id: string;
      service: AwsServiceName;
      operation: string;
      resource: string;
      medianMs: number;
      /** A conditional write that duplicates sometimes fail, on purpose. */
      conditional?: boolean;
      /** Times the handler makes this call, one after the other. */
      repeat?: number;
    }
  | { kind: 'http'; id: string; url: string; method: string; medianMs: number }
  | {
      kind: 'sql';
      id: string;
      database: string;
      host: string;
      query: string;
      medianMs: number;
    }
  | {
      kind: 'redis';
      id: string;
      host: string;
      command: string;
      medianMs: number;
    }
  | {
      kind: 'invoke';
      id: string;
      target: FunctionNode;
      /** `InvocationType: Event`: Lambda queues it, the caller goes on. */
      asynchronous?: boolean;
    }
  | { kind: 'start-execution'; id: string; machine: StateMachineNode };

/** A Lambda function: its runtime's SDK, limits and the calls it makes. */
export interface FunctionNode {
  name: string;
  emitter: Emitter;
  timeoutSeconds: number;
  initializationMs: number;
  ownMs: number;
  calls: CallNode[];
}

/** A state machine whose task states each invoke one function. */
export interface StateMachineNode {
  name: string;
  states: { name: string; target: FunctionNode }[];
}

/** A long-running web service (ECS or EC2) and its calls. */
export interface ContainerNode {
  name: string;
  origin: ServiceOrigin;
  emitter: Emitter;
  ownMs: number;
  /** The HTTP client timeout of its outgoing calls. */
  clientTimeoutMs: number;
  calls: CallNode[];
}

/** What starts a request, and the first compute that handles it. */
export type Entry =
  | {
      kind: 'api-gateway';
      apiName: string;
      apiId: string;
      method: string;
      path: string;
      target: FunctionNode;
    }
  | {
      kind: 'sqs';
      producer: ContainerNode;
      queueUrl: string;
      target: FunctionNode;
    }
  | {
      kind: 'eventbridge';
      producer: ContainerNode;
      bus: string;
      target: FunctionNode;
    }
  | {
      kind: 'sns';
      producer: ContainerNode;
      topicArn: string;
      target: FunctionNode;
    }
  | { kind: 'container'; service: ContainerNode };

/** One application shape of the corpus. */
export interface Shape {
  name: string;
  entry: Entry;
}
