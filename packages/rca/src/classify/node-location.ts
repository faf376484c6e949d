import type { TraceNode } from '../tree/trace-node.js';
import { awsResource } from './aws-resource.js';
import { httpTarget } from './http-target.js';
import { type MakeLocation, makeLocation } from './location-registry.js';
import {
  awsServiceName,
  isNamedByItself,
  originService,
} from './service-names.js';

/**
 * Where in the system a node runs, named as the X-Ray service map names
 * it: the AWS service (and resource, operation) of an SDK call, the host of
 * an HTTP call, or the function / container / state machine for its own
 * code. `phase` tells a function's initialisation from the rest.
 *
 * @example
 * const location: NodeLocation = {
 *   service: 'DynamoDB', resource: 'orders', operation: 'PutItem',
 *   phase: 'call', key: 'DynamoDB|orders|PutItem|call',
 * };
 */
export interface NodeLocation {
  readonly service: string;
  readonly resource: string | undefined;
  readonly operation: string | undefined;
  readonly phase: 'call' | 'code' | 'initialization';
  /** Stable string identifying the location, for grouping. */
  readonly key: string;
}

/**
 * Names the location of a node. `make` builds the location object; pass
 * a `LocationRegistry`'s to share one object per location.
 *
 * @example
 * locateNode(dynamoDbSubsegment).service; // 'DynamoDB'
 */
export function locateNode(
  node: TraceNode,
  make: MakeLocation = makeLocation,
): NodeLocation {
  if (node.isSegment) return locateSegment(node, make);
  if (node.namespace === 'aws' || isAwsCall(node)) {
    return locateAwsCall(node, make);
  }
  if (node.namespace === 'remote' || node.url !== undefined) {
    return locateHttpCall(node, make);
  }

  return locateCode(node, make);
}

/**
 * The location of a call that invokes a Lambda function, for a throttle
 * that the Lambda service recorded before the function ran.
 *
 * @example
 * invokeLocation('payment-processing').service; // 'Lambda'
 */
export function invokeLocation(functionName: string): NodeLocation {
  return makeLocation('Lambda', functionName, 'Invoke', 'call');
}

function isAwsCall(node: TraceNode): boolean {
  return (
    node.namespace === undefined && typeof node.aws?.operation === 'string'
  );
}

function locateSegment(node: TraceNode, make: MakeLocation): NodeLocation {
  if (!isNamedByItself(node.origin)) {
    const caller = node.parent;
    if (caller !== undefined && !caller.isSegment) {
      const callerLocation = caller.location ?? locateNode(caller, make);
      if (callerLocation.phase === 'call') return callerLocation;
    }
    const service = originService(node.origin) ?? node.name;

    return make(service, node.name, operationOf(node), 'call');
  }

  return make(node.name, node.name, undefined, 'code');
}

function locateAwsCall(node: TraceNode, make: MakeLocation): NodeLocation {
  const service = awsServiceName(node.name);
  const resource = awsResource(node.aws);

  return make(service, resource, operationOf(node), 'call');
}

function locateHttpCall(node: TraceNode, make: MakeLocation): NodeLocation {
  const target = httpTarget(node.url);
  const host = target?.host ?? node.name;
  const path = target && target.path !== '/' ? ` ${target.path}` : '';
  const operation = node.method
    ? `${node.method.toUpperCase()}${path}`
    : undefined;

  return make(host, host, operation, 'call');
}

function locateCode(node: TraceNode, make: MakeLocation): NodeLocation {
  const segment = node.segment;
  const owner = segment === undefined || segment === node ? node : segment;
  const base =
    owner === node ? undefined : (owner.location ?? locateNode(owner, make));
  const service = base?.service ?? node.name;
  if (node.name === 'Initialization') {
    return make(
      service,
      base?.resource ?? service,
      undefined,
      'initialization',
    );
  }
  if (base !== undefined) return base;

  return make(service, service, undefined, 'code');
}

function operationOf(node: TraceNode): string | undefined {
  const operation = node.aws?.operation;

  return typeof operation === 'string' && operation !== ''
    ? operation
    : undefined;
}
