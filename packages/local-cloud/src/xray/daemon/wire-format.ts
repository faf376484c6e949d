import type { SegmentDocument } from '../segment-document.js';
import {
  checkDocument,
  type DocumentCheck,
  DropReason,
} from '../store/document-check.js';

/**
 * The daemon's datagram size limit: 64 KiB.
 *
 * @example
 * if (datagram.length > MAX_DATAGRAM_BYTES) return;
 */
export const MAX_DATAGRAM_BYTES = 64 * 1024;

/**
 * The header line every datagram starts with (aws-xray-sdk-core writes it
 * without spaces; both are accepted).
 *
 * @example
 * socket.send(`${DATAGRAM_HEADER}\n${JSON.stringify(segment)}`, 2000);
 */
export const DATAGRAM_HEADER = '{"format": "json", "version": 1}';

/**
 * Encodes a segment document as one daemon datagram: the header line, a
 * newline, then the JSON document.
 *
 * @example
 * socket.send(encodeDatagram(segment), 2000, '127.0.0.1');
 */
export function encodeDatagram(document: SegmentDocument): Buffer {
  return Buffer.from(`${DATAGRAM_HEADER}\n${JSON.stringify(document)}`);
}

/**
 * Decodes one datagram into a checked document, or the reason to drop it.
 * Never throws.
 *
 * @example
 * const check = decodeDatagram(message);
 * if (check.kind === 'accepted') store.put(check.document);
 */
export function decodeDatagram(datagram: Buffer): DocumentCheck {
  if (datagram.length > MAX_DATAGRAM_BYTES) {
    return { kind: 'dropped', reason: DropReason.tooLarge };
  }
  const text = datagram.toString('utf8');
  const newline = text.indexOf('\n');
  if (newline < 0) return { kind: 'dropped', reason: DropReason.missingHeader };
  if (!isHeader(text.slice(0, newline))) {
    return { kind: 'dropped', reason: DropReason.badHeader };
  }

  let document: unknown;
  try {
    document = JSON.parse(text.slice(newline + 1));
  } catch {
    return { kind: 'dropped', reason: DropReason.badJson };
  }

  return checkDocument(document);
}

function isHeader(line: string): boolean {
  try {
    const header = JSON.parse(line) as { format?: unknown; version?: unknown };
    return header.format === 'json' && header.version === 1;
  } catch {
    return false;
  }
}
