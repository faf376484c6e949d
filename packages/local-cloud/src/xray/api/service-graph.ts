import { type SegmentDocument, walkDocument } from '../segment-document.js';
import type { AssembledTrace } from '../store/assemble-trace.js';
import { type ServiceIdShape, serviceIdOf, serviceKey } from './service-id.js';
import {
  createStatisticsAccumulator,
  type HistogramEntryShape,
  type StatisticsAccumulator,
  type StatisticsShape,
} from './service-statistics.js';

/** A `Service` node of the GetServiceGraph response. */
export interface ServiceNodeShape {
  ReferenceId: number;
  Name?: string;
  Names: string[];
  Root: boolean;
  Type: string;
  State: 'active';
  AccountId?: string;
  StartTime: number;
  EndTime: number;
  Edges: EdgeShape[];
  SummaryStatistics: StatisticsShape;
  DurationHistogram: HistogramEntryShape[];
  ResponseTimeHistogram: HistogramEntryShape[];
}

/** An `Edge` of a service node. */
export interface EdgeShape {
  ReferenceId: number;
  StartTime: number;
  EndTime: number;
  SummaryStatistics: StatisticsShape;
  ResponseTimeHistogram: HistogramEntryShape[];
  Aliases: never[];
}

interface NodeBuilder {
  serviceId: ServiceIdShape;
  root: boolean;
  calls: StatisticsAccumulator;
  edges: Map<string, StatisticsAccumulator>;
}

const CLIENT: ServiceIdShape = { Name: '', Names: [], Type: 'client' };

/**
 * Derives the service graph of some traces: one node per service (plus a
 * `client` node for the callers of entry points and inferred nodes for
 * AWS SDK and remote HTTP calls) and one edge per caller and callee.
 *
 * @example
 * buildServiceGraph(traces.map(assembleTrace)).map((node) => node.Name);
 */
export function buildServiceGraph(
  traces: AssembledTrace[],
): ServiceNodeShape[] {
  const nodes = new Map<string, NodeBuilder>();
  const nodeFor = (serviceId: ServiceIdShape) => {
    const key = serviceKey(serviceId);
    const existing = nodes.get(key);
    if (existing) return existing;
    const created: NodeBuilder = {
      serviceId,
      root: false,
      calls: createStatisticsAccumulator(),
      edges: new Map(),
    };
    nodes.set(key, created);
    return created;
  };
  const addEdge = (
    from: NodeBuilder,
    to: ServiceIdShape,
    call: SegmentDocument,
  ) => {
    const key = serviceKey(to);
    const edge = from.edges.get(key) ?? createStatisticsAccumulator();
    from.edges.set(key, edge);
    edge.add(call);
  };

  for (const trace of traces) {
    addTrace(trace, nodeFor, addEdge);
  }

  return toShapes(nodes);
}

function addTrace(
  trace: AssembledTrace,
  nodeFor: (serviceId: ServiceIdShape) => NodeBuilder,
  addEdge: (
    from: NodeBuilder,
    to: ServiceIdShape,
    call: SegmentDocument,
  ) => void,
): void {
  const owners = new Map<string, SegmentDocument>();
  for (const segment of trace.segments) {
    walkDocument(segment, (node) => owners.set(node.id, segment));
  }
  const calledIds = new Set(trace.segments.map((segment) => segment.parent_id));

  for (const segment of trace.segments) {
    const node = nodeFor(serviceIdOf(segment));
    node.calls.add(segment);
    const caller = owners.get(segment.parent_id ?? '');
    if (caller && caller !== segment) {
      addEdge(nodeFor(serviceIdOf(caller)), serviceIdOf(segment), segment);
    }
    if (segment === trace.root) {
      node.root = true;
      const client = nodeFor(CLIENT);
      client.calls.add(segment);
      addEdge(client, serviceIdOf(segment), segment);
    }
    addRemoteCalls(segment, calledIds, node, nodeFor, addEdge);
  }
}

function addRemoteCalls(
  segment: SegmentDocument,
  calledIds: Set<string | undefined>,
  caller: NodeBuilder,
  nodeFor: (serviceId: ServiceIdShape) => NodeBuilder,
  addEdge: (
    from: NodeBuilder,
    to: ServiceIdShape,
    call: SegmentDocument,
  ) => void,
): void {
  walkDocument(segment, (call, depth) => {
    if (depth === 0 || call.namespace !== 'remote') return;
    if (calledIds.has(call.id) || call.end_time === undefined) return;
    const name = remoteName(call);
    const remote: ServiceIdShape = {
      Name: name,
      Names: [name],
      Type: 'remote',
    };
    nodeFor(remote).calls.add(call);
    addEdge(caller, remote, call);
  });
}

function remoteName(call: SegmentDocument): string {
  const url = call.http?.request?.url;
  if (!url) return call.name;
  try {
    return new URL(url).hostname;
  } catch {
    return call.name;
  }
}

function toShapes(nodes: Map<string, NodeBuilder>): ServiceNodeShape[] {
  const referenceIds = new Map(
    [...nodes.keys()].map((key, index) => [key, index]),
  );

  return [...nodes.values()].map((node, index) => {
    const shape: ServiceNodeShape = {
      ReferenceId: index,
      Names: node.serviceId.Names,
      Root: node.root,
      Type: node.serviceId.Type ?? 'service',
      State: 'active',
      StartTime: node.calls.startTime,
      EndTime: node.calls.endTime,
      Edges: [...node.edges].map(([key, edge]) => ({
        ReferenceId: referenceIds.get(key) ?? -1,
        StartTime: edge.startTime,
        EndTime: edge.endTime,
        SummaryStatistics: edge.statistics(),
        ResponseTimeHistogram: edge.histogram(),
        Aliases: [],
      })),
      SummaryStatistics: node.calls.statistics(),
      DurationHistogram: node.calls.histogram(),
      ResponseTimeHistogram: node.calls.histogram(),
    };
    if (node.serviceId.Name) shape.Name = node.serviceId.Name;
    if (node.serviceId.AccountId) shape.AccountId = node.serviceId.AccountId;
    return shape;
  });
}
