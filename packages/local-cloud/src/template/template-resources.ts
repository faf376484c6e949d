import { TemplateDeploymentError } from '../errors.js';

/** One resource of a synthesized CloudFormation template. */
export interface TemplateResource {
  Type?: string;
  Properties?: Record<string, unknown>;
  Metadata?: Record<string, unknown>;
}

/**
 * The resources of a parsed template, as `[logicalId, resource]` pairs of
 * one type, in template order.
 *
 * @example
 * const tables = resourcesOfType(template, 'AWS::DynamoDB::Table');
 */
export function resourcesOfType(
  template: unknown,
  type: string,
): [string, TemplateResource][] {
  return Object.entries(templateResources(template)).filter(
    ([, resource]) => resource?.Type === type,
  );
}

/**
 * The `Resources` object of a parsed template; a
 * {@link TemplateDeploymentError} when there is none.
 *
 * @example
 * Object.keys(templateResources(template)).length;
 */
export function templateResources(
  template: unknown,
): Record<string, TemplateResource> {
  const resources = (template as { Resources?: unknown } | null)?.Resources;
  if (resources === null || typeof resources !== 'object') {
    throw new TemplateDeploymentError(
      'The template has no Resources object; pass the parsed JSON of a synthesized CloudFormation template.',
    );
  }

  return resources as Record<string, TemplateResource>;
}

/**
 * The physical name a resource gets: its name property when it is a
 * plain string, else its logical id (CloudFormation would add a suffix;
 * the local cloud keeps names readable).
 *
 * @example
 * physicalName('OrdersTable315BB997', resource, 'TableName'); // 'orders'
 */
export function physicalName(
  logicalId: string,
  resource: TemplateResource,
  property: string,
): string {
  const configured = resource.Properties?.[property];

  return typeof configured === 'string' ? configured : logicalId;
}
