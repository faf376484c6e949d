import { DefinitionResolutionError } from './stepfunctions-errors.js';

/**
 * Gives the physical value a template reference stands for: `Ref` asks
 * without an attribute, `Fn::GetAtt` with one. Undefined when unknown.
 *
 * @example
 * const resolve: TemplateResolver = (logicalId, attribute) =>
 *   logicalId === 'OrdersTable' ? 'orders' : undefined;
 */
export type TemplateResolver = (
  logicalId: string,
  attribute?: string,
) => string | undefined;

/**
 * The pseudo parameters a template may `Ref`.
 *
 * @example
 * const pseudo: TemplatePseudoParameters = { region: 'us-east-1', accountId: '000000000000' };
 */
export interface TemplatePseudoParameters {
  region: string;
  accountId: string;
  stackName?: string;
}

/**
 * Turns a template value into a string: a literal, `Ref` (pseudo
 * parameters included), `Fn::GetAtt` (array or dotted form), `Fn::Join`
 * and `Fn::Sub` (with or without a variables map). Throws a
 * `DefinitionResolutionError` naming the reference it could not resolve.
 *
 * @example
 * resolveValue({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }]] }, resolve, pseudo); // 'arn:aws'
 */
export function resolveValue(
  value: unknown,
  resolve: TemplateResolver,
  pseudo: TemplatePseudoParameters,
): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  const [intrinsic, argument] =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (Object.entries(value)[0] ?? [])
      : [];
  if (intrinsic === 'Ref') return reference(String(argument), resolve, pseudo);
  if (intrinsic === 'Fn::GetAtt') return attribute(argument, resolve);
  if (intrinsic === 'Fn::Join') return join(argument, resolve, pseudo);
  if (intrinsic === 'Fn::Sub') return substitute(argument, resolve, pseudo);

  throw new DefinitionResolutionError(
    `Cannot resolve the template value ${JSON.stringify(value)}; use a string, Ref, Fn::GetAtt, Fn::Join or Fn::Sub.`,
  );
}

function reference(
  logicalId: string,
  resolve: TemplateResolver,
  pseudo: TemplatePseudoParameters,
): string {
  const pseudoValues: Record<string, string | undefined> = {
    'AWS::Region': pseudo.region,
    'AWS::AccountId': pseudo.accountId,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': pseudo.stackName,
  };
  const resolved = pseudoValues[logicalId] ?? resolve(logicalId);
  if (resolved !== undefined) return resolved;

  throw new DefinitionResolutionError(
    `No physical value for Ref "${logicalId}"; return one from resolve("${logicalId}").`,
  );
}

function attribute(argument: unknown, resolve: TemplateResolver): string {
  const [logicalId, name] = Array.isArray(argument)
    ? argument.map(String)
    : String(argument).split(/\.(.*)/s);
  const resolved = resolve(String(logicalId), String(name));
  if (resolved !== undefined) return resolved;

  throw new DefinitionResolutionError(
    `No value for Fn::GetAtt ${logicalId}.${name}; return one from resolve("${logicalId}", "${name}").`,
  );
}

function join(
  argument: unknown,
  resolve: TemplateResolver,
  pseudo: TemplatePseudoParameters,
): string {
  const [separator, parts] = Array.isArray(argument) ? argument : [];
  if (typeof separator !== 'string' || !Array.isArray(parts)) {
    throw new DefinitionResolutionError(
      `Fn::Join needs [separator, [values]]; got ${JSON.stringify(argument)}.`,
    );
  }

  return parts
    .map((part) => resolveValue(part, resolve, pseudo))
    .join(separator);
}

function substitute(
  argument: unknown,
  resolve: TemplateResolver,
  pseudo: TemplatePseudoParameters,
): string {
  const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
  if (typeof text !== 'string') {
    throw new DefinitionResolutionError(
      `Fn::Sub needs a string or [string, variables]; got ${JSON.stringify(argument)}.`,
    );
  }
  const values = (variables ?? {}) as Record<string, unknown>;

  return text.replace(/\$\{([^}!]+)\}/g, (_, name: string) => {
    if (name in values) return resolveValue(values[name], resolve, pseudo);
    return name.includes('.') && !name.startsWith('AWS::')
      ? attribute(name, resolve)
      : reference(name, resolve, pseudo);
  });
}
