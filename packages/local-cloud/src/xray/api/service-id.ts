import type { SegmentDocument } from '../segment-document.js';

/** A service as the X-Ray API names it (`ServiceId`). */
export interface ServiceIdShape {
  Name: string;
  Names: string[];
  Type?: string;
  AccountId?: string;
}

/**
 * The `ServiceId` of the service that sent (or was inferred for) a segment.
 *
 * @example
 * serviceIdOf({ name: 'orders', origin: 'AWS::DynamoDB::Table', ... });
 * // { Name: 'orders', Names: ['orders'], Type: 'AWS::DynamoDB::Table' }
 */
export function serviceIdOf(segment: SegmentDocument): ServiceIdShape {
  const serviceId: ServiceIdShape = {
    Name: segment.name,
    Names: [segment.name],
  };
  if (segment.origin) serviceId.Type = segment.origin;
  const accountId = segment.aws?.account_id;
  if (typeof accountId === 'string') serviceId.AccountId = accountId;

  return serviceId;
}

/**
 * A key that is equal for two segments of the same service.
 *
 * @example
 * serviceKey(serviceIdOf(segment)); // 'orders|AWS::DynamoDB::Table'
 */
export function serviceKey(serviceId: ServiceIdShape): string {
  return `${serviceId.Name}|${serviceId.Type ?? ''}`;
}

/**
 * Keeps the first of each service in a list of service ids.
 *
 * @example
 * uniqueServiceIds([a, a, b]); // [a, b]
 */
export function uniqueServiceIds(
  serviceIds: ServiceIdShape[],
): ServiceIdShape[] {
  const unique = new Map<string, ServiceIdShape>();
  for (const serviceId of serviceIds) {
    if (!unique.has(serviceKey(serviceId))) {
      unique.set(serviceKey(serviceId), serviceId);
    }
  }

  return [...unique.values()];
}
