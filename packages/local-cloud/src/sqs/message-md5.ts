import { createHash } from 'node:crypto';

/** A message attribute as the SQS JSON protocol carries it. */
export interface MessageAttributeValue {
  DataType: string;
  StringValue?: string;
  /** Base64 in JSON. */
  BinaryValue?: string;
}

/**
 * The MD5 hex digest of a message body, as SQS returns it in
 * `MD5OfMessageBody` and `MD5OfBody`.
 *
 * @example
 * md5OfBody('hello'); // '5d41402abc4b2a76b9719d911017c592'
 */
export function md5OfBody(body: string): string {
  return createHash('md5').update(body, 'utf8').digest('hex');
}

/**
 * The MD5 hex digest SQS computes over message attributes: for each
 * attribute in name order, the name, the data type, a transport byte
 * (1 for strings and numbers, 2 for binary) and the value, every field
 * but the transport byte preceded by its length as a 4-byte big-endian
 * integer. Undefined when there are no attributes.
 *
 * @example
 * md5OfAttributes({ color: { DataType: 'String', StringValue: 'red' } });
 */
export function md5OfAttributes(
  attributes: Record<string, MessageAttributeValue> | undefined,
): string | undefined {
  const names = Object.keys(attributes ?? {}).sort();
  if (!attributes || names.length === 0) {
    return undefined;
  }

  const hash = createHash('md5');
  for (const name of names) {
    const attribute = attributes[name] as MessageAttributeValue;
    hash.update(lengthPrefixed(Buffer.from(name, 'utf8')));
    hash.update(lengthPrefixed(Buffer.from(attribute.DataType, 'utf8')));
    if (attribute.BinaryValue !== undefined) {
      hash.update(Buffer.from([2]));
      hash.update(lengthPrefixed(Buffer.from(attribute.BinaryValue, 'base64')));
    } else {
      hash.update(Buffer.from([1]));
      hash.update(
        lengthPrefixed(Buffer.from(attribute.StringValue ?? '', 'utf8')),
      );
    }
  }

  return hash.digest('hex');
}

function lengthPrefixed(bytes: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length, 0);

  return Buffer.concat([length, bytes]);
}
