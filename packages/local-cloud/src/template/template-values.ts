/**
 * Gives the physical value a template reference stands for: `Ref` asks
 * without an attribute (a name, URL or ARN as the resource type's Ref
 * returns), `Fn::GetAtt` with one. Undefined when unknown.
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
 * Resolves one template value to a string, throwing the caller's error type.
 *
 * @example
 * const resolveValue: TemplateValueResolver = templateValueResolver(Error);
 */
export type TemplateValueResolver = (
  value: unknown,
  resolve: TemplateResolver,
  pseudo: TemplatePseudoParameters,
) => string;

/** An error class built from a message, such as `LambdaConfigurationError`. */
type ErrorClass = new (message: string) => Error;

/**
 * Builds the resolver that turns a template value into a string: a
 * literal, `Ref` (pseudo parameters included), `Fn::GetAtt` (array or
 * dotted form), `Fn::Join` and `Fn::Sub` (with or without a variables
 * map). What it cannot resolve throws `failure`, naming the reference.
 *
 * @example
 * const resolveValue = templateValueResolver(DefinitionResolutionError);
 * resolveValue({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }]] }, resolve, pseudo); // 'arn:aws'
 */
export function templateValueResolver(
  failure: ErrorClass,
): TemplateValueResolver {
  return (value, resolve, pseudo) =>
    resolveValue(value, { resolve, pseudo, failure });
}

interface Resolution {
  resolve: TemplateResolver;
  pseudo: TemplatePseudoParameters;
  failure: ErrorClass;
}

function resolveValue(value: unknown, context: Resolution): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  const [intrinsic, argument] =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (Object.entries(value)[0] ?? [])
      : [];
  if (intrinsic === 'Ref') return reference(String(argument), context);
  if (intrinsic === 'Fn::GetAtt') return attribute(argument, context);
  if (intrinsic === 'Fn::Join') return join(argument, context);
  if (intrinsic === 'Fn::Sub') return substitute(argument, context);

  throw new context.failure(
    `Cannot resolve the template value ${JSON.stringify(value)}; use a string, Ref, Fn::GetAtt, Fn::Join or Fn::Sub.`,
  );
}

function reference(logicalId: string, context: Resolution): string {
  const { pseudo } = context;
  const pseudoValues: Record<string, string | undefined> = {
    'AWS::Region': pseudo.region,
    'AWS::AccountId': pseudo.accountId,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com',
    'AWS::StackName': pseudo.stackName,
  };
  const resolved = pseudoValues[logicalId] ?? context.resolve(logicalId);
  if (resolved !== undefined) return resolved;

  throw new context.failure(
    `No physical value for Ref "${logicalId}"; return one from resolve("${logicalId}").`,
  );
}

function attribute(argument: unknown, context: Resolution): string {
  const [logicalId, name] = Array.isArray(argument)
    ? argument.map(String)
    : String(argument).split(/\.(.*)/s);
  const resolved = context.resolve(String(logicalId), String(name));
  if (resolved !== undefined) return resolved;

  throw new context.failure(
    `No value for Fn::GetAtt ${logicalId}.${name}; return one from resolve("${logicalId}", "${name}").`,
  );
}

function join(argument: unknown, context: Resolution): string {
  const [separator, parts] = Array.isArray(argument) ? argument : [];
  if (typeof separator !== 'string' || !Array.isArray(parts)) {
    throw new context.failure(
      `Fn::Join needs [separator, [values]]; got ${JSON.stringify(argument)}.`,
    );
  }

  return parts.map((part) => resolveValue(part, context)).join(separator);
}

function substitute(argument: unknown, context: Resolution): string {
  const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
  if (typeof text !== 'string') {
    throw new context.failure(
      `Fn::Sub needs a string or [string, variables]; got ${JSON.stringify(argument)}.`,
    );
  }
  const values = (variables ?? {}) as Record<string, unknown>;

  return text.replace(/\$\{([^}!]+)\}/g, (_, name: string) => {
    if (name in values) return resolveValue(values[name], context);
    return name.includes('.') && !name.startsWith('AWS::')
      ? attribute(name, context)
      : reference(name, context);
  });
}
