import { describe, expect, it } from 'vitest';
import { LocationRegistry } from '../../src/classify/location-registry.js';
import { unionLength } from '../../src/locate/interval-union.js';
import { OwnTimeTally, ownSeconds } from '../../src/locate/own-time.js';
import { SequenceInterner } from '../../src/locate/sequence-interner.js';
import { NodeIndex } from '../../src/tree/node-index.js';
import { toTraceNode } from '../../src/tree/trace-node.js';

function node(id: string, endTime?: number) {
  return toTraceNode({ id, name: id, start_time: 1, end_time: endTime }, 'p');
}

describe('OwnTimeTally', () => {
  it('sums seconds per key in order of first appearance', () => {
    const tally = new OwnTimeTally();
    tally.add('b', 1);
    tally.add('a', 2);
    tally.add('b', 0.5);

    expect(tally.result(new SequenceInterner())).toEqual({
      keys: ['b', 'a'],
      seconds: [1.5, 2],
    });
  });

  it('keeps summing correctly once a trace has many locations', () => {
    const tally = new OwnTimeTally();
    for (let round = 0; round < 2; round += 1) {
      for (let key = 0; key < 40; key += 1) tally.add(`k${key}`, key);
    }
    const ownTime = tally.result(new SequenceInterner());

    expect(ownTime.keys).toHaveLength(40);
    expect(ownSeconds(ownTime, 'k39')).toBe(78);
    expect(ownSeconds(ownTime, 'k0')).toBe(0);
    expect(ownSeconds(ownTime, 'missing')).toBe(0);
  });
});

describe('NodeIndex', () => {
  it('keeps the more complete copy of an id in the first copy place', () => {
    const index = new NodeIndex();
    const unfinished = node('a');
    const finished = node('a', 2);
    index.offer(unfinished, 0);
    index.offer(node('b'), 0);
    index.offer(finished, 1_000_000);

    expect(index.nodes.map((kept) => kept.id)).toEqual(['a', 'b']);
    expect(index.find('a')).toBe(finished);
  });

  it('keeps the first copy when a later one is no more complete', () => {
    const index = new NodeIndex();
    const first = node('a', 2);
    index.offer(first, 5);
    index.offer(node('a', 3), 5);

    expect(index.find('a')).toBe(first);
  });

  it('finds nodes in traces too large for a linear search', () => {
    const index = new NodeIndex();
    for (let id = 0; id < 100; id += 1) index.offer(node(`n${id}`), id);
    index.offer(node('n7', 2), 1_000_000);

    expect(index.nodes).toHaveLength(100);
    expect(index.find('n99')?.id).toBe('n99');
    expect(index.find('n7')?.end).toBe(2);
    expect(index.find('n100')).toBeUndefined();
  });
});

describe('unionLength', () => {
  it('counts overlapping spans once', () => {
    expect(unionLength([5, 0, 1], [6, 2, 3], 3)).toBe(4);
  });

  it('reads only the first count spans', () => {
    expect(unionLength([0, 10], [1, 20], 1)).toBe(1);
  });

  it('gives the same length when many spans need the built-in sort', () => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (let span = 0; span < 50; span += 1) {
      const start = (span * 7) % 50;
      starts.push(start);
      ends.push(start + 2);
    }

    expect(unionLength(starts, ends, 50)).toBe(51);
  });
});

describe('SequenceInterner', () => {
  it('returns one shared copy for equal lists and another for others', () => {
    const interner = new SequenceInterner();
    const source = ['a', 'b'];
    const first = interner.intern(source);
    source.push('c');

    expect(first).toEqual(['a', 'b']);
    expect(interner.intern(['a', 'b'])).toBe(first);
    expect(interner.intern(['a'])).toEqual(['a']);
    expect(interner.intern(['a', 'b', 'c'])).not.toBe(first);
  });

  it('makes a shared value once per parts', () => {
    const interner = new SequenceInterner();
    let made = 0;
    const make = () => {
      made += 1;
      return { made };
    };
    const first = interner.shared(['x', 1], make);

    expect(interner.shared(['x', 1], make)).toBe(first);
    expect(made).toBe(1);
  });
});

describe('LocationRegistry', () => {
  it('hands out one object per location, registered by key', () => {
    const registry = new LocationRegistry();
    const first = registry.make('SQS', 'jobs', 'SendMessage', 'call');

    expect(registry.make('SQS', 'jobs', 'SendMessage', 'call')).toBe(first);
    expect(registry.make('SQS', 'jobs', 'SendMessage', 'code')).not.toBe(first);
    expect(registry.byKey.get('SQS|jobs|SendMessage|call')).toBe(first);
  });

  it('keeps the first location made for a key, as a plain map would', () => {
    const registry = new LocationRegistry();
    const first = registry.make('api', undefined, undefined, 'code');

    expect(registry.make('api', '', '', 'code')).toBe(first);
    expect(first.resource).toBeUndefined();
    expect(registry.byKey.size).toBe(1);
  });
});
