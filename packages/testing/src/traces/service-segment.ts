import type { Emitter } from './emitters.js';
import { emitterProfiles } from './emitters.js';
import type { SegmentDocument } from './segment-document.js';
import type { TraceDraft } from './trace-draft.js';

/** Where a long-running service runs, as its segment's `origin` says. */
export type ServiceOrigin =
  | 'AWS::ECS::Container'
  | 'AWS::EC2::Instance'
  | 'AWS::ElasticBeanstalk::Environment';

/** Options of {@link openServiceSegment}. */
export interface ServiceSegmentOptions {
  name: string;
  origin: ServiceOrigin;
  emitter: Emitter;
  startMs: number;
  method: string;
  url: string;
  parentId?: string;
}

/**
 * Opens the segment an instrumented web service records for an incoming
 * request, with its plugin data (`aws.ecs` or `aws.ec2`) and `http`.
 *
 * @example
 * const request = openServiceSegment(draft, {
 *   name: 'inventory', origin: 'AWS::ECS::Container', emitter: 'java',
 *   startMs, method: 'GET', url: 'http://inventory.internal/stock/42',
 * });
 */
export function openServiceSegment(
  draft: TraceDraft,
  options: ServiceSegmentOptions,
): SegmentDocument {
  const profile = emitterProfiles[options.emitter];
  const plugin =
    options.origin === 'AWS::ECS::Container'
      ? { ecs: { container: `${options.name}-${draft.random.hex(6)}` } }
      : { ec2: { instance_id: `i-0${draft.random.hex(16)}` } };

  return draft.segment({
    name: options.name,
    origin: options.origin,
    startMs: options.startMs,
    parent_id: options.parentId,
    http: { request: { method: options.method, url: options.url } },
    aws: {
      ...plugin,
      xray: { sdk: profile.sdk, sdk_version: profile.sdkVersion },
    },
  });
}
