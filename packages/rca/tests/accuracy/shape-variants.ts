import type { Emitter } from '@org/testing';
import { shapes } from './shapes.js';
import type { CallNode, Entry, FunctionNode, Shape } from './topology.js';

function callWithEmitter(call: CallNode, emitter: Emitter): CallNode {
  if (call.kind === 'invoke') {
    return { ...call, target: functionWithEmitter(call.target, emitter) };
  }
  if (call.kind === 'start-execution') {
    const states = call.machine.states.map((state) => ({
      ...state,
      target: functionWithEmitter(state.target, emitter),
    }));

    return { ...call, machine: { ...call.machine, states } };
  }

  return call;
}

function functionWithEmitter(
  node: FunctionNode,
  emitter: Emitter,
): FunctionNode {
  return {
    ...node,
    emitter,
    calls: node.calls.map((call) => callWithEmitter(call, emitter)),
  };
}

/**
 * The same application with every Lambda function on another runtime, so
 * that one outage is seen through each SDK's way of recording it.
 */
function withEmitter(shape: Shape, emitter: Emitter): Shape {
  const { entry } = shape;
  const moved: Entry =
    entry.kind === 'container'
      ? entry
      : { ...entry, target: functionWithEmitter(entry.target, emitter) };

  return { name: `${shape.name}-${emitter}`, entry: moved };
}

/** Every shape of the corpus: the base shapes and their runtime swaps. */
export const allShapes = {
  ...shapes,
  apiOrdersJava: withEmitter(shapes.apiOrders, 'java'),
  apiOrdersGo: withEmitter(shapes.apiOrders, 'go'),
  apiOrdersDotnet: withEmitter(shapes.apiOrders, 'dotnet'),
  apiOrdersPython: withEmitter(shapes.apiOrders, 'python'),
  eventWorkflowJava: withEmitter(shapes.eventWorkflow, 'java'),
  lambdaChainPython: withEmitter(shapes.lambdaChain, 'python'),
} satisfies Record<string, Shape>;

/** The name of one of {@link allShapes}. */
export type ShapeKey = keyof typeof allShapes;
