import type { CauseKind, Injection } from './injection.js';
import type {
  CallNode,
  ContainerNode,
  Entry,
  FunctionNode,
  Shape,
} from './topology.js';

/**
 * The right answer for a scenario, decided from the injected cause: the
 * node as the X-Ray service map names it, the resource, the kind.
 * `serviceAliases` are other names of the same node (a database node is
 * named `database@host`, its host alone is accepted too).
 */
export interface GroundTruth {
  service: string;
  serviceAliases?: string[];
  resource?: string;
  kind: CauseKind;
}

type Compute = FunctionNode | ContainerNode;

function computesOf(entry: Entry): Compute[] {
  const roots: Compute[] =
    entry.kind === 'container'
      ? [entry.service]
      : entry.kind === 'api-gateway'
        ? [entry.target]
        : [entry.producer, entry.target];
  const all: Compute[] = [];
  const visit = (compute: Compute): void => {
    all.push(compute);
    for (const call of compute.calls) {
      if (call.kind === 'invoke') {
        visit(call.target);
      }
      if (call.kind === 'start-execution') {
        for (const state of call.machine.states) visit(state.target);
      }
    }
  };
  for (const root of roots) visit(root);

  return all;
}

/** Every call of a shape, nested functions included. */
export function callsOf(shape: Shape): CallNode[] {
  return computesOf(shape.entry).flatMap((compute) => compute.calls);
}

/** The ground truth of an injection into a shape. */
export function truthFor(shape: Shape, injection: Injection): GroundTruth {
  const { kind, target } = injection;
  const compute = computesOf(shape.entry).find((node) => node.name === target);
  if (compute && kind === 'throttle') {
    // Lambda refused to run the function: the service map shows it on the
    // Lambda node of the caller's Invoke.
    return {
      service: 'Lambda',
      serviceAliases: [target],
      resource: target,
      kind,
    };
  }
  if (compute) {
    return 'timeoutSeconds' in compute
      ? { service: target, resource: target, kind }
      : { service: target, kind };
  }
  const call = callsOf(shape).find((node) => node.id === target);
  if (!call) {
    throw new Error(`no call or function "${target}" in shape ${shape.name}`);
  }
  switch (call.kind) {
    case 'aws':
      return { service: call.service, resource: call.resource, kind };
    case 'http': {
      const host = new URL(call.url).hostname;

      return { service: host, resource: host, kind };
    }
    case 'sql':
      return {
        service: `${call.database}@${call.host}`,
        serviceAliases: [call.host],
        kind,
      };
    case 'redis':
      return { service: call.host, kind };
    case 'invoke':
      return { service: 'Lambda', resource: call.target.name, kind };
    case 'start-execution':
      return { service: 'StepFunctions', resource: call.machine.name, kind };
  }
}
