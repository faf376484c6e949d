import type { AnnotationValue } from '../segment-document.js';
import type {
  ComparisonOperator,
  FilterNode,
  ServiceSelector,
} from './filter-ast.js';
import type { FilterFacts } from './trace-facts.js';

/**
 * Tells whether a trace (or one segment, inside `service(...) { ... }`)
 * matches a parsed filter expression.
 *
 * @example
 * matchesFilter(parseFilter('fault'), traceFacts(trace)); // true or false
 */
export function matchesFilter(node: FilterNode, facts: FilterFacts): boolean {
  switch (node.kind) {
    case 'and':
      return (
        matchesFilter(node.left, facts) && matchesFilter(node.right, facts)
      );
    case 'or':
      return (
        matchesFilter(node.left, facts) || matchesFilter(node.right, facts)
      );
    case 'not':
      return !matchesFilter(node.operand, facts);
    case 'flag':
      return matchesFlag(node.flag, facts);
    case 'compare':
      return compare(fieldValue(node.field, facts), node.operator, node.value);
    case 'annotation':
      return (facts.annotations.get(node.key) ?? []).some((value) =>
        compare(value, node.operator, node.value),
      );
    case 'service':
      return facts.segments.some(
        (segment) =>
          isSelected(node, segment) &&
          (node.inner === undefined || matchesFilter(node.inner, segment)),
      );
    case 'edge':
      return facts.edges.some(
        (edge) =>
          isSelected(node.source, edge.source) &&
          isSelected(node.destination, edge.destination) &&
          (node.inner === undefined ||
            matchesFilter(node.inner, edge.destination)),
      );
  }
}

function isSelected(
  selector: ServiceSelector,
  service: { serviceName: string; serviceType?: string },
): boolean {
  return (
    (selector.name === undefined || service.serviceName === selector.name) &&
    (selector.type === undefined || service.serviceType === selector.type)
  );
}

function matchesFlag(
  flag: 'ok' | 'error' | 'fault' | 'throttle' | 'partial',
  facts: FilterFacts,
): boolean {
  if (flag === 'ok') return !facts.error && !facts.fault && !facts.throttle;

  return facts[flag];
}

function fieldValue(
  field: string,
  facts: FilterFacts,
): string | number | undefined {
  const byField: Record<string, string | number | undefined> = {
    responsetime: facts.responseTime,
    duration: facts.duration,
    name: facts.name,
    user: facts.user,
    'http.status': facts.http.status,
    'http.contentlength': facts.http.contentLength,
    'http.url': facts.http.url,
    'http.method': facts.http.method,
    'http.useragent': facts.http.userAgent,
    'http.clientip': facts.http.clientIp,
  };

  return byField[field];
}

function compare(
  actual: AnnotationValue | undefined,
  operator: ComparisonOperator,
  expected: AnnotationValue,
): boolean {
  if (actual === undefined || typeof actual !== typeof expected) {
    return operator === '!=' && actual !== undefined;
  }
  switch (operator) {
    case '=':
      return actual === expected;
    case '!=':
      return actual !== expected;
    case '<':
      return actual < expected;
    case '<=':
      return actual <= expected;
    case '>':
      return actual > expected;
    case '>=':
      return actual >= expected;
    case 'contains':
      return String(actual).includes(String(expected));
    case 'beginswith':
      return String(actual).startsWith(String(expected));
    case 'endswith':
      return String(actual).endsWith(String(expected));
  }
}
