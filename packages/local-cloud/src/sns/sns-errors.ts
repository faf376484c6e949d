import { AwsApiError } from '../errors.js';

/**
 * An SNS error: the query protocol's error code (`NotFound`,
 * `InvalidParameter`, …) as the type, rendered as XML by the SNS service.
 *
 * @example
 * throw snsError('NotFound', 'Topic does not exist', 404);
 */
export function snsError(
  code: string,
  message: string,
  status = 400,
): AwsApiError {
  return new AwsApiError({ status, type: code, message });
}
