import type { SegmentDocument } from '../../../src/xray/index.js';
import { newSegmentId } from '../../../src/xray/index.js';

/** A fixed trace id whose epoch part is 1_700_000_000 (0x6553f100). */
export const TRACE_ID = '1-6553f100-0123456789abcdef01234567';
export const OTHER_TRACE_ID = '1-6553f100-fedcba9876543210fedcba98';
export const EPOCH = 1_700_000_000;

/** A completed segment of `TRACE_ID` starting at `EPOCH + offset`. */
export function segment(
  fields: Partial<SegmentDocument> & { offset?: number } = {},
): SegmentDocument {
  const { offset = 0, ...rest } = fields;
  return {
    id: newSegmentId(),
    trace_id: TRACE_ID,
    name: 'order-validation',
    start_time: EPOCH + offset,
    end_time: EPOCH + offset + 1,
    ...rest,
  };
}

/** A subsegment sent on its own under `parentId`. */
export function subsegment(
  parentId: string,
  fields: Partial<SegmentDocument> = {},
): SegmentDocument {
  return {
    id: newSegmentId(),
    trace_id: TRACE_ID,
    type: 'subsegment',
    parent_id: parentId,
    name: 'handler',
    start_time: EPOCH + 0.1,
    end_time: EPOCH + 0.5,
    ...fields,
  };
}
