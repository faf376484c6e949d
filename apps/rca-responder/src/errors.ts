/**
 * Base class of the errors the responder raises.
 *
 * @example
 * if (error instanceof ResponderError) { ... }
 */
export class ResponderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ResponderError';
  }
}

/**
 * The event is not a "CloudWatch Alarm State Change" event from
 * `aws.cloudwatch`. `paths` name the fields that are wrong.
 *
 * @example
 * throw new InvalidAlarmEventError(['detail.state.value']);
 */
export class InvalidAlarmEventError extends ResponderError {
  readonly paths: readonly string[];

  constructor(paths: string[], options?: { cause?: unknown }) {
    super(
      `The event is not a CloudWatch alarm state change; bad fields: ${paths.join(', ')}. ` +
        'Route only "CloudWatch Alarm State Change" events from aws.cloudwatch to this function.',
      options,
    );
    this.name = 'InvalidAlarmEventError';
    this.paths = paths;
  }
}

/**
 * The chat webhook did not accept the message: `status` is its HTTP
 * status, or undefined when it could not be reached.
 *
 * @example
 * throw new WebhookDeliveryError(500);
 */
export class WebhookDeliveryError extends ResponderError {
  readonly status: number | undefined;

  constructor(status: number | undefined, options?: { cause?: unknown }) {
    const what =
      status === undefined ? 'could not be reached' : `answered ${status}`;
    super(
      `The chat webhook ${what}. Check the URL stored in the webhook secret.`,
      options,
    );
    this.name = 'WebhookDeliveryError';
    this.status = status;
  }
}
