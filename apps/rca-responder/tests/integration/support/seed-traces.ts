import type { LocalCloud } from '@org/local-cloud';
import type { BuiltTrace } from '@org/testing';

/**
 * Stores built traces in the local cloud's X-Ray store, as if the daemon
 * had received their segments.
 *
 * @example
 * seedTraces(cloud, traces);
 */
export function seedTraces(cloud: LocalCloud, traces: readonly BuiltTrace[]) {
  for (const trace of traces) {
    for (const segment of trace.segments) {
      const outcome = cloud.xray.store.put({ ...segment, trace_id: trace.id });
      if (outcome !== 'stored') {
        throw new Error(`Segment of ${trace.id} not stored: ${outcome}`);
      }
    }
  }
}
