import { AwsApiError } from '../errors.js';
import type { CapacityClaim } from './capacity.js';

/** The account id the local cloud puts in every ARN. */
export const LOCAL_ACCOUNT_ID = '000000000000';

/**
 * The error DynamoDB answers when a request exceeds a table's provisioned
 * throughput: HTTP 400, its own `__type`, AWS's wording and the
 * `ThrottlingReasons` list that names the table.
 *
 * @example
 * throw throughputExceeded({ table: 'orders', kind: 'write', estimate: 1 }, 'us-east-1');
 */
export function throughputExceeded(
  claim: CapacityClaim,
  region: string,
): AwsApiError {
  const reason =
    claim.kind === 'read'
      ? 'TableReadProvisionedThroughputExceeded'
      : 'TableWriteProvisionedThroughputExceeded';

  return new AwsApiError({
    status: 400,
    type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
    message:
      'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
    details: {
      ThrottlingReasons: [
        {
          reason,
          resource: `arn:aws:dynamodb:${region}:${LOCAL_ACCOUNT_ID}:table/${claim.table}`,
        },
      ],
    },
  });
}
