import { randomUUID } from 'node:crypto';
import type { EdgeRequest, EdgeResponse } from '../edge/service.js';
import type { AwsApiError } from '../errors.js';

/** The XML namespace of SNS answers. */
const SNS_NAMESPACE = 'http://sns.amazonaws.com/doc/2010-03-31/';

/**
 * The parameters of a query-protocol request: the form-encoded body (and
 * the query string, for GET requests).
 *
 * @example
 * queryParameters(request).get('Action'); // 'Publish'
 */
export function queryParameters(request: EdgeRequest): URLSearchParams {
  const parameters = new URLSearchParams(request.query);
  const body = new URLSearchParams(request.body.toString('utf8'));
  for (const [name, value] of body) parameters.set(name, value);

  return parameters;
}

/**
 * Reads the query protocol's `Prefix.entry.N.Name` / `Prefix.entry.N.Value.StringValue`
 * members into a record (SNS message attributes).
 *
 * @example
 * entries(parameters, 'MessageAttributes'); // { severity: 'high' }
 */
export function entries(
  parameters: URLSearchParams,
  prefix: string,
): Record<string, string> {
  const found: Record<string, string> = {};
  for (let index = 1; ; index += 1) {
    const name = parameters.get(`${prefix}.entry.${index}.Name`);
    if (name === null) return found;
    found[name] =
      parameters.get(`${prefix}.entry.${index}.Value.StringValue`) ?? '';
  }
}

/**
 * An XML answer `<ActionResponse><ActionResult>…</ActionResult>` with its
 * request id, as SNS gives it. `result` is already-escaped XML.
 *
 * @example
 * xmlAnswer('Publish', `<MessageId>${id}</MessageId>`);
 */
export function xmlAnswer(action: string, result: string): EdgeResponse {
  const body =
    `<${action}Response xmlns="${SNS_NAMESPACE}">` +
    `<${action}Result>${result}</${action}Result>` +
    `<ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata>` +
    `</${action}Response>`;

  return { status: 200, headers: { 'content-type': 'text/xml' }, body };
}

/**
 * An XML error answer, whose `Code` the AWS SDK turns into the error's
 * name.
 *
 * @example
 * xmlError(snsError('NotFound', 'Topic does not exist', 404));
 */
export function xmlError(error: AwsApiError): EdgeResponse {
  const body =
    `<ErrorResponse xmlns="${SNS_NAMESPACE}"><Error>` +
    `<Type>${error.status >= 500 ? 'Receiver' : 'Sender'}</Type>` +
    `<Code>${escapeXml(error.code)}</Code>` +
    `<Message>${escapeXml(error.message)}</Message>` +
    `</Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;

  return {
    status: error.status,
    headers: { 'content-type': 'text/xml' },
    body,
  };
}

/**
 * Escapes text for an XML element.
 *
 * @example
 * escapeXml('a < b'); // 'a &lt; b'
 */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
