import type { GroundTruth } from './truth.js';

/** The fields of a reported root cause that the scoring reads. */
export interface ReportedCause {
  rank: number;
  service: string;
  resource?: string;
  kind: string;
}

/** The last part of a queue URL, a topic ARN or a plain name. */
function shortName(resource: string): string {
  return (resource.split(/[/:]/).pop() ?? resource).toLowerCase();
}

/**
 * Whether a reported cause names the truth: same node (or an alias),
 * same kind, and the same resource when both name one. A missing
 * resource is accepted only where the node is the resource (a function).
 */
export function namesTruth(cause: ReportedCause, truth: GroundTruth): boolean {
  const services = [truth.service, ...(truth.serviceAliases ?? [])].map(
    (name) => name.toLowerCase(),
  );
  if (
    !services.includes(cause.service.toLowerCase()) ||
    cause.kind !== truth.kind
  ) {
    return false;
  }
  if (!truth.resource) {
    return true;
  }
  if (!cause.resource) {
    const node = cause.service.toLowerCase();

    return (
      truth.resource.toLowerCase() === node || truth.resource === truth.service
    );
  }

  return shortName(cause.resource) === shortName(truth.resource);
}

/** 1-based rank of the first cause naming the truth, or undefined. */
export function rankOfTruth(
  causes: readonly ReportedCause[],
  truth: GroundTruth,
): number | undefined {
  const index = causes.findIndex((cause) => namesTruth(cause, truth));

  return index < 0 ? undefined : index + 1;
}

/** A short label of a truth or a cause for the table. */
export function label(
  cause: { service: string; resource?: string; kind: string } | undefined,
): string {
  if (!cause) {
    return '(none)';
  }
  const resource =
    cause.resource && cause.resource !== cause.service
      ? `/${shortName(cause.resource)}`
      : '';

  return `${cause.kind} ${cause.service}${resource}`;
}
