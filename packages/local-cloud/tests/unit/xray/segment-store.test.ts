import { describe, expect, it } from 'vitest';
import {
  createSegmentStore,
  DropReason,
  decodeDatagram,
  encodeDatagram,
} from '../../../src/xray/index.js';
import { EPOCH, segment, TRACE_ID } from './segment-fixtures.js';

const datagram = (text: string) => Buffer.from(text);
const HEADER = '{"format": "json", "version": 1}\n';

describe('decodeDatagram', () => {
  it('accepts a header line followed by a segment document', () => {
    const document = segment();

    const check = decodeDatagram(encodeDatagram(document));

    expect(check).toEqual({ kind: 'accepted', document });
  });

  it.each([
    ['no header line', JSON.stringify(segment()), DropReason.missingHeader],
    [
      'a wrong header',
      `{"format":"xml"}\n${JSON.stringify(segment())}`,
      DropReason.badHeader,
    ],
    ['broken JSON', `${HEADER}{"id":`, DropReason.badJson],
    ['a JSON array', `${HEADER}[1,2]`, DropReason.notAnObject],
    ['no id', `${HEADER}{"trace_id":"${TRACE_ID}"}`, DropReason.missingId],
    [
      'an id of 15 hex',
      `${HEADER}${JSON.stringify(segment({ id: 'abcdef012345678' }))}`,
      DropReason.badId,
    ],
    [
      'no trace id',
      `${HEADER}${JSON.stringify({ ...segment(), trace_id: undefined })}`,
      DropReason.missingTraceId,
    ],
    [
      'a bad trace id',
      `${HEADER}${JSON.stringify(segment({ trace_id: '1-xyz' }))}`,
      DropReason.badTraceId,
    ],
    [
      'no start time',
      `${HEADER}${JSON.stringify({ ...segment(), start_time: 'soon' })}`,
      DropReason.missingStartTime,
    ],
    [
      'neither end time nor in_progress',
      `${HEADER}${JSON.stringify({ ...segment(), end_time: undefined })}`,
      DropReason.missingEndTime,
    ],
    [
      'a subsegment without parent',
      `${HEADER}${JSON.stringify(segment({ type: 'subsegment' }))}`,
      DropReason.badParentId,
    ],
  ])('drops a datagram with %s', (_title, text, reason) => {
    expect(decodeDatagram(datagram(text))).toEqual({ kind: 'dropped', reason });
  });

  it('accepts the compact header line aws-xray-sdk-core writes', () => {
    const document = segment({
      type: 'subsegment',
      parent_id: '53995c3f42cd8ad8',
    });
    const text = `{"format":"json","version":1}\n${JSON.stringify(document)}`;

    expect(decodeDatagram(datagram(text))).toEqual({
      kind: 'accepted',
      document,
    });
  });

  it('drops a datagram larger than 64 KiB', () => {
    const large = segment({ metadata: { blob: 'x'.repeat(70_000) } });

    expect(decodeDatagram(encodeDatagram(large))).toEqual({
      kind: 'dropped',
      reason: DropReason.tooLarge,
    });
  });
});

describe('createSegmentStore', () => {
  it('replaces an in-progress document by its completed version', () => {
    const store = createSegmentStore();
    const open = segment({ end_time: undefined, in_progress: true });
    const closed = { ...open, in_progress: undefined, end_time: EPOCH + 2 };

    store.put(open);
    store.put(closed);

    const stored = store.getTrace(TRACE_ID)?.documents.get(open.id);
    expect(stored?.end_time).toBe(EPOCH + 2);
    expect(store.stats()).toMatchObject({ stored: 2, completed: 1 });
  });

  it('ignores an in-progress document that arrives after the completed one', () => {
    const store = createSegmentStore();
    const closed = segment();

    store.put(closed);
    const outcome = store.put({
      ...closed,
      end_time: undefined,
      in_progress: true,
    });

    expect(outcome).toBe('ignored');
    expect(
      store.getTrace(TRACE_ID)?.documents.get(closed.id)?.in_progress,
    ).toBe(undefined);
  });

  it('evicts the oldest traces beyond the cap and counts them', () => {
    const store = createSegmentStore({ maxTraces: 2 });
    const traceIds = ['a', 'b', 'c'].map(
      (letter) => `1-6553f100-${letter.repeat(24)}`,
    );

    for (const traceId of traceIds) store.put(segment({ trace_id: traceId }));

    expect([...store.traces()].map((trace) => trace.traceId)).toEqual(
      traceIds.slice(1),
    );
    expect(store.stats()).toMatchObject({ evictedTraces: 1, traces: 2 });
  });

  it('counts dropped documents by reason', () => {
    const store = createSegmentStore();

    store.put({ name: 'no id' });
    store.put({ name: 'no id either' });
    store.countDropped(DropReason.badJson);

    expect(store.stats()).toMatchObject({
      received: 3,
      stored: 0,
      dropped: { 'missing-id': 2, 'bad-json': 1 },
    });
  });
});
