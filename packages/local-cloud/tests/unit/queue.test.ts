import { describe, expect, it } from 'vitest';
import { md5OfAttributes, md5OfBody, Queue } from '../../src/index.js';

function queueWithClock(attributes: Record<string, string> = {}) {
  let now = 1_000_000;
  const queue = new Queue({
    name: 'q',
    url: 'http://127.0.0.1:4566/000000000000/q',
    arn: 'arn:aws:sqs:us-east-1:000000000000:q',
    attributes,
    now: () => now,
  });
  return { queue, advance: (ms: number) => (now += ms) };
}

describe('a queue', () => {
  it('hides a received message until its visibility timeout ends', () => {
    const { queue, advance } = queueWithClock({ VisibilityTimeout: '10' });
    queue.send({ body: 'a' });

    const first = queue.receive({ max: 10 });
    advance(9_999);
    const tooEarly = queue.receive({ max: 10 });
    advance(1);
    const again = queue.receive({ max: 10 });

    expect(first).toHaveLength(1);
    expect(tooEarly).toHaveLength(0);
    expect(again[0]?.message.receiveCount).toBe(2);
  });

  it('counts delayed, visible and in-flight messages apart', () => {
    const { queue } = queueWithClock();
    queue.send({ body: 'delayed', delaySeconds: 5 });
    queue.send({ body: 'visible' });
    queue.send({ body: 'taken' });
    queue.receive({ max: 1 });

    expect(queue.counts()).toEqual({ visible: 1, inFlight: 1, delayed: 1 });
  });

  it('deletes by receipt and refuses a receipt it never issued', () => {
    const { queue } = queueWithClock();
    queue.send({ body: 'a' });
    const [receipt] = queue.receive({ max: 1 });

    expect(queue.delete('forged')).toBe(false);
    expect(queue.delete(receipt?.receiptHandle ?? '')).toBe(true);
    expect(queue.messages()).toHaveLength(0);
  });
});

describe('message digests', () => {
  it('digests a body with MD5', () => {
    expect(md5OfBody('hello')).toBe('5d41402abc4b2a76b9719d911017c592');
  });

  it('digests attributes in name order, independent of insertion order', () => {
    const one = md5OfAttributes({
      b: { DataType: 'String', StringValue: '2' },
      a: { DataType: 'Number', StringValue: '1' },
    });
    const other = md5OfAttributes({
      a: { DataType: 'Number', StringValue: '1' },
      b: { DataType: 'String', StringValue: '2' },
    });
    const changed = md5OfAttributes({
      a: { DataType: 'Number', StringValue: '1' },
      b: { DataType: 'String', StringValue: '3' },
    });

    expect(one).toBe(other);
    expect(one).not.toBe(changed);
    expect(md5OfAttributes({})).toBeUndefined();
  });
});
