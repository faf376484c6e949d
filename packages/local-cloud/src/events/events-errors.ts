import { AwsApiError } from '../errors.js';

/**
 * An EventBridge API error: EventBridge puts the bare error name in
 * `__type`.
 *
 * @example
 * throw eventsError('ResourceNotFoundException', 'Rule orders does not exist on EventBus default.');
 */
export function eventsError(type: string, message: string): AwsApiError {
  return new AwsApiError({ status: 400, type, message });
}
