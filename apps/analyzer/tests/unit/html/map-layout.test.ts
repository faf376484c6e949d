import type { ServiceEdge } from '@org/rca';
import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../src/html/map-layout.js';

function edge(caller: string, callee: string): ServiceEdge {
  return { caller, callee, calls: 1, failures: 0, p50: 1, p99: 1 };
}

describe('layoutMap', () => {
  it('puts callers left of their callees, by the longest call chain', () => {
    const places = layoutMap(
      ['DynamoDB', 'api', 'order-validation', 'payments'],
      [
        edge('api', 'order-validation'),
        edge('order-validation', 'DynamoDB'),
        edge('api', 'DynamoDB'),
        edge('order-validation', 'payments'),
      ],
    );

    expect(places.get('api')?.column).toBe(0);
    expect(places.get('order-validation')?.column).toBe(1);
    expect(places.get('DynamoDB')?.column).toBe(2);
    expect(places.get('payments')?.column).toBe(2);
  });

  it('orders a column by name when the callers do not decide', () => {
    const places = layoutMap(['b-function', 'a-function', 'z-function'], []);

    expect(places.get('a-function')).toEqual({ column: 0, row: 0 });
    expect(places.get('b-function')).toEqual({ column: 0, row: 1 });
    expect(places.get('z-function')).toEqual({ column: 0, row: 2 });
  });

  it('places callees near the row of their callers', () => {
    const places = layoutMap(
      ['alpha', 'beta', 'alpha-table', 'beta-table'],
      [edge('beta', 'alpha-table'), edge('alpha', 'beta-table')],
    );

    expect(places.get('beta-table')?.row).toBe(places.get('alpha')?.row);
    expect(places.get('alpha-table')?.row).toBe(places.get('beta')?.row);
  });

  it('ends on a call cycle with every node placed', () => {
    const places = layoutMap(
      ['one', 'two', 'three'],
      [edge('one', 'two'), edge('two', 'three'), edge('three', 'one')],
    );

    expect(places.size).toBe(3);
    for (const place of places.values()) {
      expect(place.column).toBeLessThan(3);
    }
  });
});
