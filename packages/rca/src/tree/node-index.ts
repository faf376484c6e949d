import type { TraceNode } from './trace-node.js';

/** Up to this many nodes, ids are found by a linear search. */
const LINEAR_LIMIT = 32;

/**
 * The nodes of one trace by id, in order of first appearance, keeping for
 * each id the most complete copy. Most traces hold a dozen nodes: for
 * them a linear search over an array is cheaper than a Map; larger
 * traces get a Map.
 *
 * @example
 * const index = new NodeIndex();
 * index.offer(node, 1_000_000);
 * index.find(node.id) === node; // true
 */
export class NodeIndex {
  readonly nodes: TraceNode[] = [];
  private readonly completeness: number[] = [];
  private positions: Map<string, number> | undefined;

  /** Keeps the node unless a copy at least as complete came first. */
  offer(node: TraceNode, completeness: number): void {
    const position = this.positionOf(node.id);
    if (position === -1) {
      this.positions?.set(node.id, this.nodes.length);
      this.nodes.push(node);
      this.completeness.push(completeness);
      return;
    }
    if ((this.completeness[position] as number) >= completeness) return;
    this.nodes[position] = node;
    this.completeness[position] = completeness;
  }

  /** The kept node with this id, if any. */
  find(id: string): TraceNode | undefined {
    const position = this.positionOf(id);

    return position === -1 ? undefined : this.nodes[position];
  }

  private positionOf(id: string): number {
    if (this.positions !== undefined) return this.positions.get(id) ?? -1;
    const nodes = this.nodes;
    if (nodes.length < LINEAR_LIMIT) {
      for (let position = 0; position < nodes.length; position += 1) {
        if ((nodes[position] as TraceNode).id === id) return position;
      }
      return -1;
    }
    this.positions = new Map(
      nodes.map((node, position) => [node.id, position]),
    );

    return this.positions.get(id) ?? -1;
  }
}
