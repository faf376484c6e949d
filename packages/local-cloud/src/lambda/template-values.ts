import { LambdaConfigurationError } from './lambda-errors.js';

/**
 * Resolves a template reference to the physical value it stands for:
 * `Ref` gives no attribute (a name, URL or ARN as the resource type's Ref
 * returns), `Fn::GetAtt` gives its attribute. Undefined when unknown.
 *
 * @example
 * const resolve: ReferenceResolver = (logicalId, attribute) =>
 *   logicalId === 'OrdersTable' ? 'orders' : undefined;
 */
export type ReferenceResolver = (
  logicalId: string,
  attribute?: string,
) => string | undefined;

/** The pseudo parameters a template may `Ref`. */
export interface PseudoParameters {
  region: string;
  accountId: string;
}

/**
 * Turns a template value (a string, `Ref`, `Fn::GetAtt`, `Fn::Join`, or a
 * `Fn::Sub` without variables map) into a string, or throws a
 * `LambdaConfigurationError` naming what could not be resolved.
 *
 * @example
 * resolveTemplateValue({ Ref: 'OrdersTable' }, resolve, pseudo); // 'orders'
 */
export function resolveTemplateValue(
  value: unknown,
  resolve: ReferenceResolver,
  pseudo: PseudoParameters,
): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (value !== null && typeof value === 'object') {
    const [intrinsic, argument] = Object.entries(value)[0] ?? [];
    if (intrinsic === 'Ref')
      return reference(String(argument), resolve, pseudo);
    if (intrinsic === 'Fn::GetAtt') return attribute(argument, resolve);
    if (intrinsic === 'Fn::Join') return join(argument, resolve, pseudo);
    if (intrinsic === 'Fn::Sub' && typeof argument === 'string') {
      return argument.replace(/\$\{([^}]+)\}/g, (_, name: string) =>
        name.includes('.')
          ? attribute(name.split('.'), resolve)
          : reference(name, resolve, pseudo),
      );
    }
  }

  throw new LambdaConfigurationError(
    `Cannot resolve the template value ${JSON.stringify(value)}; use a string, Ref, Fn::GetAtt, Fn::Join or Fn::Sub.`,
  );
}

function reference(
  logicalId: string,
  resolve: ReferenceResolver,
  pseudo: PseudoParameters,
): string {
  const pseudoValues: Record<string, string> = {
    'AWS::Region': pseudo.region,
    'AWS::AccountId': pseudo.accountId,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
  };
  const resolved = pseudoValues[logicalId] ?? resolve(logicalId);
  if (resolved === undefined) {
    throw new LambdaConfigurationError(
      `The resolver knows no physical value for Ref "${logicalId}"; return one from resolve("${logicalId}").`,
    );
  }

  return resolved;
}

function attribute(argument: unknown, resolve: ReferenceResolver): string {
  const [logicalId, name] = Array.isArray(argument) ? argument : [];
  const resolved = resolve(String(logicalId), String(name));
  if (resolved === undefined) {
    throw new LambdaConfigurationError(
      `The resolver knows no value for Fn::GetAtt ${String(logicalId)}.${String(name)}; return one from resolve("${String(logicalId)}", "${String(name)}").`,
    );
  }

  return resolved;
}

function join(
  argument: unknown,
  resolve: ReferenceResolver,
  pseudo: PseudoParameters,
): string {
  const [separator, parts] = Array.isArray(argument) ? argument : [];
  if (typeof separator !== 'string' || !Array.isArray(parts)) {
    throw new LambdaConfigurationError(
      `Fn::Join needs [separator, [values]], got ${JSON.stringify(argument)}.`,
    );
  }

  return parts
    .map((part) => resolveTemplateValue(part, resolve, pseudo))
    .join(separator);
}
