/**
 * The function name in what Lambda accepts as a `FunctionName`: a name,
 * a full or partial ARN, each with an optional qualifier
 * (`arn:aws:lambda:us-east-1:000000000000:function:f:live` gives `f`).
 *
 * @example
 * functionNameOf('123456789012:function:orders'); // 'orders'
 */
export function functionNameOf(reference: string): string {
  const marker = ':function:';
  const at = reference.indexOf(marker);
  const rest = at < 0 ? reference : reference.slice(at + marker.length);
  const qualifierAt = rest.indexOf(':');

  return qualifierAt < 0 ? rest : rest.slice(0, qualifierAt);
}
